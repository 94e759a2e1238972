import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/database.ts';
import { claimDueMessages, markAttemptFailed, markSent, releaseClaims } from './outbox.repository.ts';

export interface MailSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** SMTP settings from the environment, or null: then mails stay in the outbox view. */
export function readMailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  if (!env.SMTP_HOST) return null;
  const port = Number(env.SMTP_PORT ?? 587);
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}"`);
  if (!env.MAIL_FROM)
    throw new Error(
      'MAIL_FROM must be set when SMTP_HOST is set, e.g. "crossmentor <mentoring@example.org>"',
    );
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_TLS === 'true' || port === 465,
    user: env.SMTP_USER ?? null,
    password: env.SMTP_PASSWORD ?? null,
    from: env.MAIL_FROM,
  };
}

export function createTransport(settings: MailSettings): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
  });
}

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60 * 1000;

/** 1, 2, 4 … minutes after each failed attempt, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

/**
 * Delivers the messages that are due. Safe to run in several processes at once: each message is
 * claimed by exactly one sender before it is sent. Once `stopping()` says so (the process shuts
 * down), it stops between two messages and releases the claims on those it did not try.
 */
export async function deliverDueMessages(
  db: Db,
  transport: Pick<Transporter, 'sendMail'>,
  from: string,
  now: () => Date,
  batch = 20,
  stopping: () => boolean = () => false,
) {
  const started = now();
  const leaseUntil = new Date(started.getTime() + LEASE_MS);
  const claimed = await claimDueMessages(db, started, leaseUntil, batch);
  let sent = 0;
  let failed = 0;
  let released = 0;
  for (const [index, message] of claimed.entries()) {
    if (stopping()) {
      const untried = claimed.slice(index).map((m) => m.id);
      await releaseClaims(db, untried, leaseUntil, now());
      released = untried.length;
      break;
    }
    try {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        // A text/calendar part with its METHOD is what makes mail clients offer "add to calendar".
        ...(message.calendar
          ? {
              icalEvent: {
                method: message.calendar.method,
                filename: message.calendar.filename,
                content: message.calendar.content,
              },
            }
          : {}),
      });
      await markSent(db, message.id, now());
      sent++;
    } catch (error) {
      failed++;
      const retryAt =
        message.attempts >= MAX_ATTEMPTS ? null : new Date(now().getTime() + retryDelayMs(message.attempts));
      await markAttemptFailed(
        db,
        message.id,
        error instanceof Error ? error.message : String(error),
        retryAt,
      );
    }
  }
  return { claimed: claimed.length, sent, failed, released };
}

/**
 * Polls the outbox every few seconds until stopped. Stopping waits for the message being handed to
 * the SMTP server, if any, and releases the rest of the batch for another process.
 */
export function startMailSender(
  db: Db,
  settings: MailSettings,
  log: { error: (obj: object, msg: string) => void },
  intervalMs = 5000,
) {
  const transport = createTransport(settings);
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    try {
      // Keep going while full batches come back, then wait for the next tick.
      while (
        !stopped &&
        (
          await deliverDueMessages(
            db,
            transport,
            settings.from,
            () => new Date(),
            20,
            () => stopped,
          )
        ).claimed === 20
      ) {}
    } catch (error) {
      log.error({ err: error }, 'mail delivery failed');
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
