import type { LanguageChoice } from '../../../shared/contract/auth.ts';
import {
  type MailPreferences,
  type MailPreferencesUpdate,
  type ReminderChoices,
  type ReminderKind,
  reminderKinds,
} from '../../../shared/contract/reminders.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import {
  findAccountPreferences,
  updateAccountLanguage,
  updatePersonPreferences,
} from './reminders.repository.ts';

// A participant's mail preferences belong to their person (the outbox looks them up by address);
// staff choose only the language, since reminders and activity notices go to participants.

/** Each automatic reminder on, unless it is in the list of those turned off. */
export function reminderChoices(remindersOff: readonly string[]): ReminderChoices {
  return Object.fromEntries(reminderKinds.map((k) => [k, !remindersOff.includes(k)])) as ReminderChoices;
}

/** The reminders turned off, in the contract's order. */
export function remindersOffIn(choices: ReminderChoices): ReminderKind[] {
  return reminderKinds.filter((k) => !choices[k]);
}

export async function readMailPreferences(db: Queryable, actor: Actor): Promise<MailPreferences> {
  const row = await findAccountPreferences(db, actor.accountId);
  if (!row) throw notFound('The account');
  if (row.role === 'participant' && row.person_id) {
    return {
      language: row.person_language ?? row.account_language,
      digest: row.person_digest ?? false,
      reminders: reminderChoices(row.person_reminders_off ?? []),
      digestOffered: true,
    };
  }
  return {
    language: row.account_language,
    digest: false,
    reminders: reminderChoices([]),
    digestOffered: false,
  };
}

/**
 * The header's language switch: the account's language and, for a participant, their person's,
 * which mails follow; digest and reminders stay as they are.
 */
export async function changeLanguage(
  trx: Trx,
  actor: Actor,
  choice: LanguageChoice,
  now: Date,
): Promise<LanguageChoice> {
  const row = await findAccountPreferences(trx, actor.accountId);
  if (!row) throw notFound('The account');
  await updateAccountLanguage(trx, actor.accountId, choice.language);
  if (row.role === 'participant' && row.person_id) {
    await updatePersonPreferences(
      trx,
      row.person_id,
      { language: choice.language, digest: row.person_digest ?? false },
      now,
    );
  }
  return { language: choice.language };
}

export async function changeMailPreferences(
  trx: Trx,
  actor: Actor,
  update: MailPreferencesUpdate,
  now: Date,
): Promise<MailPreferences> {
  const row = await findAccountPreferences(trx, actor.accountId);
  if (!row) throw notFound('The account');
  const isParticipant = row.role === 'participant' && row.person_id !== null;
  if (!isParticipant && update.digest) {
    throw new AppError(
      'validation_failed',
      'The daily digest is for participants; staff mails always go out one by one.',
      [{ path: 'digest', message: 'is only offered to participants' }],
    );
  }
  const remindersOff = update.reminders ? remindersOffIn(update.reminders) : undefined;
  if (!isParticipant && remindersOff && remindersOff.length > 0) {
    throw new AppError(
      'validation_failed',
      'Automatic reminders go to participants; staff receive none to turn off.',
      [{ path: 'reminders', message: 'are only offered to participants' }],
    );
  }
  await updateAccountLanguage(trx, actor.accountId, update.language);
  if (isParticipant && row.person_id) {
    await updatePersonPreferences(
      trx,
      row.person_id,
      { language: update.language, digest: update.digest, ...(remindersOff ? { remindersOff } : {}) },
      now,
    );
  }
  return readMailPreferences(trx, actor);
}
