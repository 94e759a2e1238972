// Dockerfile and compose.yaml cannot be built or run here (no Docker): their structure is checked
// instead, so a broken edit shows up in `npm test`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, with comments dropped and continuation lines joined. */
function dockerfileInstructions(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    const match = /^(\w+)\s+([\s\S]*)$/.exec(whole);
    if (!match) throw new Error(`not an instruction: ${whole}`);
    instructions.push({ keyword: (match[1] ?? '').toUpperCase(), args: (match[2] ?? '').trim() });
  }
  expect(pending, 'a continuation line ends the file').toBe('');
  return instructions;
}

/** An image reference with an explicit tag other than latest (or a digest). */
function isPinned(image: string) {
  if (image.includes('@sha256:')) return true;
  const tag = /:([^/:]+)$/.exec(image)?.[1];
  return tag !== undefined && tag !== 'latest';
}

describe('Dockerfile', () => {
  const instructions = dockerfileInstructions(read('Dockerfile'));
  const froms = instructions.flatMap((i, index) => (i.keyword === 'FROM' ? [index] : []));
  const lastFrom = froms.at(-1) ?? -1;
  // What the image runs with: the instructions of the last stage.
  const final = instructions.slice(lastFrom + 1);
  const last = (keyword: string) => final.filter((i) => i.keyword === keyword).at(-1);

  it('builds on node:20 slim images with pinned tags', () => {
    expect(froms.length).toBeGreaterThan(0);
    for (const index of froms) {
      const image = instructions[index]?.args.split(/\s+/)[0] ?? '';
      expect(image).toMatch(/^node:20([.-]|$)/);
      expect(isPinned(image), image).toBe(true);
    }
  });

  it('installs with npm ci and builds the web app', () => {
    const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((r) => /\bnpm ci\b/.test(r))).toBe(true);
    expect(runs.some((r) => r.includes('npm run build:web'))).toBe(true);
    expect(runs.join('\n')).not.toMatch(/\bnpm install\b/);
  });

  it('runs as a user other than root', () => {
    const user = last('USER')?.args.split(':')[0];
    expect(user, 'USER in the final stage').toBeDefined();
    expect(['root', '0']).not.toContain(user);
  });

  it('exposes 3000 and checks readiness with node, not curl', () => {
    expect(final.some((i) => i.keyword === 'EXPOSE' && i.args.split(/\s+/).includes('3000'))).toBe(true);
    const healthcheck = last('HEALTHCHECK')?.args ?? '';
    expect(healthcheck).toContain('/api/v1/health/ready');
    const command = JSON.parse(healthcheck.slice(healthcheck.indexOf('CMD') + 3)) as string[];
    expect(command[0]).toBe('node');
    // curl is not in node:20-slim: only a check that installs it may use it.
    if (healthcheck.includes('curl'))
      expect(
        instructions.some(
          (i) => i.keyword === 'RUN' && i.args.includes('install') && i.args.includes('curl'),
        ),
      ).toBe(true);
  });

  it('starts the server in exec form, so it receives SIGTERM itself', () => {
    const cmd = last('CMD')?.args ?? '';
    const argv = JSON.parse(cmd) as unknown;
    expect(Array.isArray(argv)).toBe(true);
    expect((argv as string[]).join(' ')).toMatch(/src\/server\/main\.ts|npm start/);
  });

  it('leaves local state out of the build context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());
    for (const entry of ['node_modules', 'data', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});

describe('compose.yaml', () => {
  interface Service {
    image?: string;
    build?: unknown;
    environment?: Record<string, string> | string[];
    healthcheck?: { test?: string[] | string };
    depends_on?: Record<string, { condition?: string }> | string[];
    volumes?: string[];
  }
  const compose = parse(read('compose.yaml')) as {
    services?: Record<string, Service>;
    volumes?: Record<string, unknown>;
  };
  const services = compose.services ?? {};
  const environment = (service: Service | undefined): Record<string, string> => {
    const env = service?.environment ?? {};
    if (!Array.isArray(env)) return env;
    return Object.fromEntries(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  };
  const database = Object.entries(services).find(([, s]) => s.image?.startsWith('postgres:'));
  const app = Object.entries(services).find(([, s]) => s.build !== undefined);

  it('has the app (built from the Dockerfile) and PostgreSQL 15 with a named volume', () => {
    expect(database, 'a postgres service').toBeDefined();
    expect(app, 'a service built here').toBeDefined();
    const [, db] = database ?? [];
    expect(db?.image).toMatch(/^postgres:15([.-]|$)/);
    const volume = db?.volumes?.find((v) => v.endsWith(':/var/lib/postgresql/data'))?.split(':')[0];
    expect(volume, 'the data directory on a volume').toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });

  it('pins every image to a tag other than latest', () => {
    for (const [name, service] of Object.entries(services))
      if (service.image) expect(isPinned(service.image), `${name}: ${service.image}`).toBe(true);
  });

  it('gives the app DATABASE_URL (on the database service) and PUBLIC_ORIGIN', () => {
    const env = environment(app?.[1]);
    expect(env.DATABASE_URL).toMatch(new RegExp(`^postgres(ql)?://[^@]+@${database?.[0]}:5432/`));
    expect(env.PUBLIC_ORIGIN).toBeTruthy();
  });

  it('starts the app once the database is healthy', () => {
    const [dbName, db] = database ?? [];
    expect(db?.healthcheck?.test).toBeDefined();
    expect(JSON.stringify(db?.healthcheck?.test)).toContain('pg_isready');
    const dependsOn = app?.[1].depends_on;
    expect(Array.isArray(dependsOn), 'depends_on with a condition, not a list').toBe(false);
    expect((dependsOn as Record<string, { condition?: string }>)[dbName ?? '']?.condition).toBe(
      'service_healthy',
    );
  });
});
