import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './connect.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database directory', () => {
  it('refuses a second process while another running one holds it, and leaves its lock alone', () => {
    const parent = mkdtempSync(join(tmpdir(), 'crossmentor-lock-'));
    dirs.push(parent);
    const dataDir = join(parent, 'pglite');
    // The test runner's parent process is alive: it stands for a running `npm start`.
    writeFileSync(`${dataDir}.pid`, String(process.ppid));
    expect(() => createDatabase({ kind: 'pglite', dataDir })).toThrow(
      `The embedded database in ${dataDir} is in use by another crossmentor process (pid ${process.ppid})`,
    );
    expect(readFileSync(`${dataDir}.pid`, 'utf8')).toBe(String(process.ppid));
  });
});
