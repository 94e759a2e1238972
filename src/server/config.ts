import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/connect.ts';

export interface AppConfig {
  /** Public origin, e.g. https://mentoring.example.org; used for invitation links and the Origin check. */
  publicOrigin: string | null;
  /** Trust X-Forwarded-* from a reverse proxy (then Secure cookies follow the proxy's https). */
  trustProxy: boolean;
  /** Directory with the built web app; null serves the API only. */
  webRoot: string | null;
  logLevel: string;
  /** Run the matching engine in a worker thread (off in tests, whose runner cannot load TypeScript workers). */
  matchingInWorker: boolean;
}

export interface ServerSettings {
  port: number;
  host: string;
  database: DatabaseTarget;
  app: AppConfig;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(env.DATA_DIR ?? 'data/pglite') },
    app: {
      publicOrigin: env.PUBLIC_ORIGIN?.replace(/\/$/, '') ?? null,
      trustProxy: env.TRUST_PROXY === 'true',
      webRoot: resolve(env.WEB_ROOT ?? 'dist/web'),
      logLevel: env.LOG_LEVEL ?? 'info',
      matchingInWorker: env.MATCHING_IN_WORKER !== 'false',
    },
  };
}
