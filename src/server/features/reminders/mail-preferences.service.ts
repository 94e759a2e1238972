import type { LanguageChoice } from '../../../shared/contract/auth.ts';
import {
  type MailPreferences,
  type MailPreferencesUpdate,
  type ReminderChoices,
  type ReminderKind,
  reminderKinds,
} from '../../../shared/contract/reminders.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import {
  adoptAccountLanguage,
  findAccountPreferences,
  updateAccountLanguage,
  updatePersonPreferences,
} from './reminders.repository.ts';

const say = messagesOf(errorMessages);

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
  if (!row) throw notFound('account');
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
  if (!row) throw notFound('account');
  await updateAccountLanguage(trx, actor.accountId, choice.language, now);
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

/**
 * A sign-in in a language (the pages' language the web app sends) while the holder has chosen
 * none: their mails follow it. An explicit choice is never overridden; without a language, nothing.
 */
export async function adoptInterfaceLanguage(db: Queryable, accountId: string, language: UiLanguage | null) {
  if (language) await adoptAccountLanguage(db, accountId, language);
}

export async function changeMailPreferences(
  trx: Trx,
  actor: Actor,
  update: MailPreferencesUpdate,
  now: Date,
): Promise<MailPreferences> {
  const row = await findAccountPreferences(trx, actor.accountId);
  if (!row) throw notFound('account');
  const isParticipant = row.role === 'participant' && row.person_id !== null;
  if (!isParticipant && update.digest) {
    throw new AppError('validation_failed', say('digestForParticipants'), [
      { path: 'digest', message: say('digestForParticipantsField') },
    ]);
  }
  const remindersOff = update.reminders ? remindersOffIn(update.reminders) : undefined;
  if (!isParticipant && remindersOff && remindersOff.length > 0) {
    throw new AppError('validation_failed', say('remindersForParticipants'), [
      { path: 'reminders', message: say('remindersForParticipantsField') },
    ]);
  }
  await updateAccountLanguage(trx, actor.accountId, update.language, now);
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
