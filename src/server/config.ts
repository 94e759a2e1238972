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
  /**
   * Other app processes may use the same database (PostgreSQL): a match run holds its lock on a
   * connection of its own, so they see at once when its process died. Never on PGlite.
   */
  sharedDatabase: boolean;
  /**
   * The platform's sending address (MAIL_FROM), e.g. "crossmentor <mentoring@example.org>"; also
   * the organiser of every calendar entry. Null when unset (then no mail goes out).
   */
  mailFrom: string | null;
  /** SMTP_HOST is set, so mail leaves the outbox; pages that rely on a mailed link say so when not. */
  mailDelivery: boolean;
}

export interface ServerSettings {
  port: number;
  host: string;
  database: DatabaseTarget;
  app: AppConfig;
}

/**
 * PUBLIC_ORIGIN as an origin (scheme, host, port), or null when unset. It is required once mail goes
 * out: every link in a mail starts with it, never with what a request's Host header claims.
 */
function readPublicOrigin(env: NodeJS.ProcessEnv): string | null {
  const value = env.PUBLIC_ORIGIN?.trim();
  if (!value) {
    if (env.SMTP_HOST) {
      throw new Error(
        'PUBLIC_ORIGIN must be set when SMTP_HOST is set: links in mails start with it, e.g. https://mentoring.example.org',
      );
    }
    return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_ORIGIN must be an address like https://mentoring.example.org, got "${value}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname.replace(/\/$/, '') !== '') {
    throw new Error(
      `PUBLIC_ORIGIN must be the site's origin only (https://host[:port], no path), got "${value}"`,
    );
  }
  return url.origin;
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
      publicOrigin: readPublicOrigin(env),
      trustProxy: env.TRUST_PROXY === 'true',
      webRoot: resolve(env.WEB_ROOT ?? 'dist/web'),
      logLevel: env.LOG_LEVEL ?? 'info',
      matchingInWorker: env.MATCHING_IN_WORKER !== 'false',
      sharedDatabase: Boolean(env.DATABASE_URL),
      mailFrom: env.MAIL_FROM?.trim() || null,
      // As the mail sender decides (readMailSettings): mail goes out when SMTP_HOST is set.
      mailDelivery: Boolean(env.SMTP_HOST),
    },
  };
}
