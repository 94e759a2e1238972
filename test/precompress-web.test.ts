import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressFiles } from '../scripts/precompress-web.ts';

// The build's .gz files come from Zopfli and its .br files from zlib: both must read back with an
// independent decoder (Node's zlib, as browsers' own) to exactly the file they stand for.
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pre-compressed web files', () => {
  it('read back byte for byte with zlib, are smaller, and are written only where they help', async () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    const script = Array.from(
      { length: 400 },
      (_, i) => `export const label${i} = "Étape ${i} — 李小龍";`,
    ).join('\n');
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'tiny.css'), 'a{color:red}');
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096, 7));

    const done = await precompressFiles(dir, ['app.js', 'tiny.css', 'logo.png']);

    const original = readFileSync(join(dir, 'app.js'));
    const gz = readFileSync(join(dir, 'app.js.gz'));
    const br = readFileSync(join(dir, 'app.js.br'));
    expect(gunzipSync(gz).equals(original)).toBe(true);
    expect(brotliDecompressSync(br).equals(original)).toBe(true);
    expect(gz[0]).toBe(0x1f);
    expect(gz[1]).toBe(0x8b);
    expect(gz.length).toBeLessThan(original.length);
    expect(done).toEqual([
      { file: 'app.js', bytes: original.length, brotli: br.length, gzip: gz.length },
      {
        file: 'tiny.css',
        bytes: 12,
        brotli: null,
        gzip: null,
      },
    ]);
  });
});
