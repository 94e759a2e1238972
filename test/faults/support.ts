// Helpers for the fault suite: a throwaway PostgreSQL cluster, the real app as a child process,
// and HTTP requests that are always bounded by a timeout.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` is true, or throws after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const newest = versions.at(-1);
  if (!newest)
    throw new Error(
      'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)',
    );
  return join(root, newest, 'bin');
}

export interface Cluster {
  /** Connection string of the cluster's `postgres` database. */
  url: string;
  port: number;
  pgCtl: (...args: string[]) => void;
  restart: () => void;
  stop: () => void;
  start: () => void;
  /** Stops the server (immediately) and removes its files; safe to call twice. */
  destroy: () => void;
}

/**
 * initdb + pg_ctl start of a cluster of its own, in a temporary directory, on a free port of
 * 127.0.0.1 with trust authentication. As root the server runs as the `postgres` user.
 */
export async function startCluster(): Promise<Cluster> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'crossmentor-faults-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  let removed = false;
  const pgCtl = (...args: string[]) =>
    run('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '30',
      ...args,
    ]);
  const destroy = () => {
    if (removed) return;
    removed = true;
    try {
      pgCtl('-m', 'immediate', 'stop');
    } catch {
      // Not running.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
    pgCtl('start');
  } catch (error) {
    destroy();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    pgCtl,
    restart: () => pgCtl('-m', 'fast', 'restart'),
    stop: () => pgCtl('-m', 'fast', 'stop'),
    start: () => pgCtl('start'),
    destroy,
  };
}

export interface AppProcess {
  origin: string;
  child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output: () => string;
  /** The exit code once it has exited (null for a signal), undefined while it runs. */
  exitCode: () => number | null | undefined;
  exited: Promise<number | null>;
  /** Kills the process if it still runs. */
  kill: () => void;
}

/** Starts `node --import tsx src/server/main.ts` and waits until /api/v1/health/ready answers 200. */
export async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(childEnv)) {
    if (key.startsWith('SMTP_') || key === 'MAIL_FROM' || key === 'PUBLIC_ORIGIN') delete childEnv[key];
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...childEnv,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MATCHING_IN_WORKER: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  let code: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (exitCode) => {
      code = exitCode;
      resolve(exitCode);
    });
  });
  const app: AppProcess = {
    origin: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exitCode: () => code,
    exited,
    kill: () => {
      if (code === undefined) child.kill('SIGKILL');
    },
  };
  try {
    await waitFor(
      'the app to be ready',
      async () => {
        if (code !== undefined) throw new Error(`the app exited with ${code}:\n${output}`);
        const response = await send(app.origin, 'GET', '/api/v1/health/ready', {}, 1_000).catch(() => null);
        return response?.status === 200;
      },
      30_000,
    );
  } catch (error) {
    app.kill();
    throw error;
  }
  return app;
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

/**
 * One HTTP request on a new connection, failing after `timeoutMs` (a hang is a failure, never a
 * wait). Rejects with the socket's error (ECONNREFUSED, ECONNRESET …) when there is no answer.
 */
export function send(
  origin: string,
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown } = {},
  timeoutMs = 5_000,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const request = http.request(
      `${origin}${path}`,
      {
        method,
        agent: false,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON: keep the text.
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () =>
      request.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)),
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** Creates the first coordinator and signs in; returns the session cookie. */
export async function signInFirstCoordinator(origin: string): Promise<string> {
  const credentials = { email: 'coordinator@example.org', password: 'a long enough password 1' };
  const setup = await send(origin, 'POST', '/api/v1/setup/coordinator', {
    body: { name: 'Casey Coordinator', ...credentials },
  });
  if (setup.status !== 200) throw new Error(`setup answered ${setup.status}: ${JSON.stringify(setup.body)}`);
  const signIn = await send(origin, 'POST', '/api/v1/auth/sign-in', { body: credentials });
  if (signIn.status !== 200)
    throw new Error(`sign-in answered ${signIn.status}: ${JSON.stringify(signIn.body)}`);
  const cookie = [signIn.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('cm_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  return cookie.split(';')[0] ?? '';
}

/**
 * A pg client of the test's own on `url`. A connection the server drops (a restart, the cluster's
 * end in afterAll) is no uncaught error in the test worker.
 */
export async function connectClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** The cluster's connection string with an application_name, so pg_stat_activity tells the processes apart. */
export function namedUrl(url: string, applicationName: string): string {
  return `${url}?application_name=${applicationName}`;
}

/** Connections a process (by its application_name) still has to the server. */
export async function backendsOf(db: pg.Client, applicationName: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from pg_stat_activity where application_name = $1',
    [applicationName],
  );
  return rows[0]?.n ?? 0;
}
