import { sql } from 'kysely';
import type { OutboxState } from '../../../shared/contract/outbox.ts';
import type { CalendarPart, MailLanguage, Queryable } from '../../db/database.ts';

// Messages for delivery. The mail sender delivers them over SMTP; without SMTP settings they stay
// here and the coordinator reads them in the outbox view.
export async function insertOutboxMessage(
  db: Queryable,
  message: {
    recipient: string;
    subject: string;
    body: string;
    kind?: string;
    /** Waits for the recipient's digest instead of going out alone. */
    held?: boolean;
    calendar?: CalendarPart | null;
    about?: string | null;
    /** The one-click unsubscribe address of an automatic reminder (List-Unsubscribe). */
    listUnsubscribe?: string | null;
    recipientOnly?: boolean;
  },
) {
  await db
    .insertInto('outbox')
    .values({
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
      ...(message.kind ? { kind: message.kind } : {}),
      ...(message.held ? { status: 'held' as const } : {}),
      calendar: message.calendar ? JSON.stringify(message.calendar) : null,
      about: message.about ?? null,
      list_unsubscribe: message.listUnsubscribe ?? null,
      recipient_only: message.recipientOnly ?? false,
    })
    .execute();
}

/** Withdraws the messages about an object that have not gone out; how many there were. */
export async function withdrawUnsentMessages(db: Queryable, about: string): Promise<number> {
  const result = await db
    .deleteFrom('outbox')
    .where('about', '=', about)
    .where('status', 'in', ['pending', 'failed', 'held'])
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface RecipientPreferences {
  language: MailLanguage;
  digest: boolean;
  /** The person the address belongs to, or null (staff without a person, or an unknown address). */
  personId: string | null;
  /** The automatic reminders they turned off. */
  remindersOff: readonly string[];
}

/**
 * The language, digest and reminder choices for an address: the person's own, else the account's
 * language.
 */
export async function findRecipientPreferences(db: Queryable, email: string): Promise<RecipientPreferences> {
  const person = await db
    .selectFrom('people')
    .select(['id', 'mail_language', 'mail_digest', 'reminders_off'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  if (person) {
    return {
      language: person.mail_language,
      digest: person.mail_digest,
      personId: person.id,
      remindersOff: person.reminders_off,
    };
  }
  const account = await db
    .selectFrom('accounts')
    .select('mail_language')
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
  return { language: account?.mail_language ?? 'en', digest: false, personId: null, remindersOff: [] };
}

/** Keeps the hash of a one-click unsubscribe token that turns off `reminders` for the person. */
export async function insertUnsubscribeToken(
  db: Queryable,
  token: { hash: string; personId: string; reminders: readonly string[] },
) {
  await db
    .insertInto('mail_unsubscribe_tokens')
    .values({ token_hash: token.hash, person_id: token.personId, reminders: [...token.reminders] })
    .execute();
}

/** Recipients whose oldest held message has waited since `heldBefore`. */
export async function recipientsDueForDigest(db: Queryable, heldBefore: Date) {
  const rows = await db
    .selectFrom('outbox')
    .select('recipient')
    .where('status', '=', 'held')
    .groupBy('recipient')
    .having((eb) => eb.fn.min('created_at'), '<=', heldBefore)
    .execute();
  return rows.map((r) => r.recipient);
}

/** Locks a recipient's held messages for one digest; another process skips them meanwhile. */
export async function claimHeldMessages(db: Queryable, recipient: string) {
  return db
    .selectFrom('outbox')
    .select(['id', 'subject', 'body', 'kind', 'created_at', 'list_unsubscribe'])
    .where('status', '=', 'held')
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markDigested(db: Queryable, ids: readonly string[], digestId: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ status: 'digested', digest_id: digestId })
    .where('id', 'in', ids)
    .execute();
}

export async function insertDigestMessage(
  db: Queryable,
  message: { recipient: string; subject: string; body: string; listUnsubscribe: string | null },
) {
  const { listUnsubscribe, ...values } = message;
  const row = await db
    .insertInto('outbox')
    .values({ ...values, kind: 'digest', list_unsubscribe: listUnsubscribe })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface OutboxFilter {
  kind?: string | undefined;
  state?: OutboxState | undefined;
  /** Part of the recipient's address or name, taken literally. */
  q?: string | undefined;
}

/** The ILIKE pattern that finds the text anywhere, its wildcards and backslash taken literally. */
function searchPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** The name behind a recipient's address: the person's, else the account's (addresses are kept lowercase there). */
const recipientName = sql<string | null>`coalesce(
  (select pe.name from people pe where pe.email = lower(outbox.recipient)),
  (select a.name from accounts a where a.email = lower(outbox.recipient))
)`;

function filteredOutbox(db: Queryable, filter: OutboxFilter) {
  let q = db.selectFrom('outbox');
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.state) q = q.where('status', '=', filter.state);
  if (filter.q) {
    const pattern = searchPattern(filter.q);
    q = q.where((eb) =>
      eb.or([
        eb('recipient', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('people as pe')
            .select('pe.id')
            .where('pe.email', '=', sql<string>`lower(outbox.recipient)`)
            .where('pe.name', 'ilike', pattern),
        ),
        eb.exists(
          eb
            .selectFrom('accounts as a')
            .select('a.id')
            .where('a.email', '=', sql<string>`lower(outbox.recipient)`)
            .where('a.name', 'ilike', pattern),
        ),
      ]),
    );
  }
  return q;
}

/**
 * One page of the outbox, newest first. Messages written in the same instant (a digest and the
 * messages it holds) keep the order they were written in, so paging never shows one twice.
 */
export async function listOutboxPage(
  db: Queryable,
  filter: OutboxFilter,
  page: { limit: number; offset: number },
) {
  const rows = await filteredOutbox(db, filter)
    .selectAll('outbox')
    .select(recipientName.as('recipient_name'))
    .orderBy('created_at', 'desc')
    .orderBy('write_order', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    recipientName: r.recipient_name,
    subject: r.subject,
    // Once delivered, a message's text is the recipient's: it may hold their tandem's meeting times.
    // Staff read it only while it waits to be handed over, and never one for the recipient alone.
    body: r.status === 'sent' || r.status === 'digested' || r.recipient_only ? null : r.body,
    createdAt: r.created_at.toISOString(),
    status: r.status,
    kind: r.kind,
    attempts: Number(r.attempts),
    sentAt: r.sent_at?.toISOString() ?? null,
    lastError: r.last_error,
  }));
}

export async function countOutbox(db: Queryable, filter: OutboxFilter) {
  const row = await filteredOutbox(db, filter)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every kind of message the outbox holds, in alphabetical order. */
export async function listOutboxKinds(db: Queryable) {
  const rows = await db.selectFrom('outbox').select('kind').distinct().orderBy('kind').execute();
  return rows.map((r) => r.kind);
}

export interface ClaimedMessage {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  calendar: CalendarPart | null;
  list_unsubscribe: string | null;
}

/**
 * Claims up to `limit` due messages for one sender, oldest written first: their next attempt moves
 * past the lease, so no other sender (in this or another process) takes them meanwhile. One
 * statement, so it is atomic. A message is due only while no older message to the same recipient
 * is pending: one being sent (claimed, leased) or waiting to be retried after a failure holds back
 * the newer ones, so a recipient's mails arrive in the order they were written (a meeting's
 * "moved" before its "confirmed") and at most one of theirs is claimed at a time. A message given
 * up on (failed) or waiting for a digest (held) holds back nothing.
 */
export async function claimDueMessages(db: Queryable, now: Date, leaseUntil: Date, limit: number) {
  const result = await sql<ClaimedMessage>`
    update outbox set next_attempt_at = ${leaseUntil}, attempts = attempts + 1
    where id in (
      select due.id from outbox due
      where due.status = 'pending' and due.next_attempt_at <= ${now}
        and not exists (
          select 1 from outbox older
          where older.status = 'pending'
            and lower(older.recipient) = lower(due.recipient)
            and older.write_order < due.write_order
        )
      order by due.write_order
      limit ${limit}
      for update skip locked
    )
    returning id, recipient, subject, body, attempts, calendar, list_unsubscribe`.execute(db);
  return result.rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
}

export async function markSent(db: Queryable, id: string, now: Date) {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sent_at: now, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markAttemptFailed(db: Queryable, id: string, error: string, retryAt: Date | null) {
  await db
    .updateTable('outbox')
    .set({
      last_error: error.slice(0, 500),
      ...(retryAt ? { next_attempt_at: retryAt } : { status: 'failed' as const }),
    })
    .where('id', '=', id)
    .execute();
}
