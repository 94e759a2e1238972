import type { CalendarPart, MailLanguage, Queryable } from '../../db/database.ts';
import {
  findRecipientPreferences,
  insertOutboxMessage,
  listOutbox,
  withdrawUnsentMessages,
} from './outbox.repository.ts';

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
  /**
   * Reminders and activity notices may wait for the recipient's daily digest when they chose
   * one; invitations, sign-in links and calendar invitations never do.
   */
  digestible?: boolean;
  calendar?: CalendarPart;
  /** The object it is about, e.g. 'invitation:<id>', so it can be withdrawn while unsent. */
  about?: string;
}

/**
 * Puts a message in the outbox, in the recipient's language (a participant's own choice, or
 * their account's; English otherwise), held for the digest when the recipient wants one.
 */
export async function enqueueMail(db: Queryable, mail: Mail) {
  const preferences = await findRecipientPreferences(db, mail.to);
  const { subject, body } = mail.text(preferences.language);
  await insertOutboxMessage(db, {
    recipient: mail.to,
    subject,
    body,
    kind: mail.kind,
    held: Boolean(mail.digestible && preferences.digest && !mail.calendar),
    calendar: mail.calendar ?? null,
    about: mail.about ?? null,
  });
}

/** Withdraws the messages about an object (`Mail.about`) that have not gone out; how many there were. */
export function withdrawUnsentMail(db: Queryable, about: string): Promise<number> {
  return withdrawUnsentMessages(db, about);
}

/** The latest messages for the coordinator's outbox view; a delivered message's text stays hidden. */
export function listRecentMail(db: Queryable) {
  return listOutbox(db);
}
