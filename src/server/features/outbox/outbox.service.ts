import type { z } from 'zod';
import type { OutboxPage, outboxQuerySchema } from '../../../shared/contract/outbox.ts';
import type { ReminderKind } from '../../../shared/contract/reminders.ts';
import type { CalendarPart, MailLanguage, Queryable } from '../../db/database.ts';
import { hashToken, newToken } from '../auth/auth.service.ts';
import { reminderFooter, unsubscribeLink } from './mail-footer.ts';
import {
  countOutbox,
  findRecipientPreferences,
  insertOutboxMessage,
  insertUnsubscribeToken,
  listOutboxKinds,
  listOutboxPage,
  withdrawUnsentMessages,
} from './outbox.repository.ts';

export { settingsLink } from './mail-footer.ts';
export type { MailLanguage };

/** A message's subject and body in one language. */
export interface MailText {
  subject: string;
  body: string;
}

/** Writes a message in the recipient's language, e.g. `(lang) => texts[lang](values)`. */
export type Localised = (language: MailLanguage) => MailText;

export interface Mail {
  to: string;
  /** What the message is about, e.g. 'reminder.meeting'; shown in the outbox view. */
  kind: string;
  text: Localised;
  /** The text is for the recipient alone (it signs them in): staff never read it in the outbox. */
  recipientOnly?: boolean;
  /**
   * Reminders and activity notices may wait for the recipient's daily digest when they chose
   * one; invitations, sign-in links and calendar invitations never do.
   */
  digestible?: boolean;
  calendar?: CalendarPart;
  /** The object it is about, e.g. 'invitation:<id>', so it can be withdrawn while unsent. */
  about?: string;
  /**
   * An automatic reminder, which the recipient can turn off: then it is not queued at all;
   * otherwise it ends with the Settings link and a one-click link that turns this reminder off
   * (also sent as List-Unsubscribe), under `siteOrigin`.
   */
  automaticReminder?: { kind: ReminderKind; siteOrigin: string };
}

/**
 * Puts a message in the outbox, in the recipient's language (a participant's own choice, or
 * their account's; English otherwise), held for the digest when the recipient wants one. An
 * automatic reminder the recipient turned off is left out; the answer says whether it was queued.
 */
export async function enqueueMail(db: Queryable, mail: Mail): Promise<boolean> {
  const preferences = await findRecipientPreferences(db, mail.to);
  const reminder = mail.automaticReminder;
  if (reminder && preferences.remindersOff.includes(reminder.kind)) return false;
  const { subject, body } = mail.text(preferences.language);
  let footer = '';
  let listUnsubscribe: string | null = null;
  if (reminder) {
    if (preferences.personId) {
      listUnsubscribe = await issueUnsubscribeLink(
        db,
        preferences.personId,
        [reminder.kind],
        reminder.siteOrigin,
      );
    }
    footer = reminderFooter(preferences.language, {
      siteOrigin: reminder.siteOrigin,
      what: reminder.kind,
      unsubscribe: listUnsubscribe,
    });
  }
  await insertOutboxMessage(db, {
    recipient: mail.to,
    subject,
    body: `${body}${footer}`,
    kind: mail.kind,
    held: Boolean(mail.digestible && preferences.digest && !mail.calendar),
    calendar: mail.calendar ?? null,
    about: mail.about ?? null,
    listUnsubscribe,
    recipientOnly: mail.recipientOnly ?? false,
  });
  return true;
}

/**
 * A new one-click unsubscribe address that turns off `reminders` for the person and does nothing
 * else: a random token, of which only the hash is kept. One per mail, so no link needs keeping.
 */
export async function issueUnsubscribeLink(
  db: Queryable,
  personId: string,
  reminders: readonly ReminderKind[],
  siteOrigin: string,
) {
  const token = newToken();
  await insertUnsubscribeToken(db, { hash: hashToken(token), personId, reminders });
  return unsubscribeLink(siteOrigin, token);
}

/** Withdraws the messages about an object (`Mail.about`) that have not gone out; how many there were. */
export function withdrawUnsentMail(db: Queryable, about: string): Promise<number> {
  return withdrawUnsentMessages(db, about);
}

/** A page of the coordinator's outbox view and how many match; a delivered message's text stays hidden. */
export async function outboxPage(
  db: Queryable,
  query: z.output<typeof outboxQuerySchema>,
): Promise<OutboxPage> {
  const filter = { kind: query.kind, state: query.state, q: query.q };
  const [messages, total, kinds] = await Promise.all([
    listOutboxPage(db, filter, query),
    countOutbox(db, filter),
    listOutboxKinds(db),
  ]);
  return { messages, total, kinds };
}
