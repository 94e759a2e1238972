import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/database.ts';
import { claimDueMessages, markAttemptFailed, markSent } from './outbox.repository.ts';

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

/** A slow or silent SMTP server gives up well within a claim's lease (5 minutes), never past it. */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function createTransport(settings: MailSettings): Transporter {
  return nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...SMTP_TIMEOUTS,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
  });
}

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60 * 1000;

/** 1, 2, 4 … minutes after each failed attempt, at most 6 hours. */
/** The SMTP server refused the message for good (a 5xx reply), as opposed to a timeout or a 4xx. */
export function isPermanentRejection(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

/**
 * The Message-ID of an outbox message: the same on every attempt, so a message sent again after a
 * crash between the server's "accepted" and our record of it is recognisably the same mail.
 */
export function messageIdOf(outboxId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'crossmentor.invalid';
  return `<outbox-${outboxId}@${domain}>`;
}

/**
 * The headers every message carries: it is written by a program, so auto-responders stay silent
 * (Auto-Submitted, RFC 3834); an automatic reminder or digest also carries its one-click
 * unsubscribe address (List-Unsubscribe with List-Unsubscribe-Post, RFC 2369 and RFC 8058).
 */
export function mailHeaders(message: { list_unsubscribe: string | null }): Record<string, string> {
  return {
    'Auto-Submitted': 'auto-generated',
    ...(message.list_unsubscribe
      ? {
          'List-Unsubscribe': `<${message.list_unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        }
      : {}),
  };
}

/**
 * Delivers up to `batch` messages that are due. Safe to run in several processes at once: each
 * message is claimed by one sender, one at a time, just before it is sent, so a slow SMTP server
 * (bounded by SMTP_TIMEOUTS) can never hold a claim past its lease and let a second sender send it
 * too. The oldest due message goes first, and a recipient's messages in the order written: one
 * waiting for its retry holds back their newer ones (`claimDueMessages`), so a calendar never
 * gets an older version after a newer one. Once `stopping()` says so (the process shuts down), it
 * stops between two messages, holding no claim. Delivery is at least once: a crash between the
 * server's "accepted" and our record sends the message again, with the same Message-ID.
 */
export async function deliverDueMessages(
  db: Db,
  transport: Pick<Transporter, 'sendMail'>,
  from: string,
  now: () => Date,
  batch = 20,
  stopping: () => boolean = () => false,
) {
  let claimed = 0;
  let sent = 0;
  let failed = 0;
  while (claimed < batch && !stopping()) {
    const claimedAt = now();
    const [message] = await claimDueMessages(db, claimedAt, new Date(claimedAt.getTime() + LEASE_MS), 1);
    if (!message) break;
    claimed++;
    try {
      await transport.sendMail({
        from,
        messageId: messageIdOf(message.id, from),
        to: message.recipient,
        subject: message.subject,
        text: message.body,
        headers: mailHeaders(message),
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
      // A 5xx answer is the SMTP server's final no (an unknown mailbox, a refused sender): trying
      // again for hours would only hold back this recipient's later mails.
      const permanent = isPermanentRejection(error);
      const retryAt =
        permanent || message.attempts >= MAX_ATTEMPTS
          ? null
          : new Date(now().getTime() + retryDelayMs(message.attempts));
      await markAttemptFailed(
        db,
        message.id,
        error instanceof Error ? error.message : String(error),
        retryAt,
      );
    }
  }
  return { claimed, sent, failed };
}

/**
 * Polls the outbox every few seconds until stopped. Stopping waits for the message being handed to
 * the SMTP server, if any; the others stay due for the next process.
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
