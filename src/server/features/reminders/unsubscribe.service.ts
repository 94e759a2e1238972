import { pathOf } from '../../../shared/contract/endpoint.ts';
import { type ReminderKind, reminderEndpoints, reminderKinds } from '../../../shared/contract/reminders.ts';
import { formatMessage, translator } from '../../../shared/i18n/catalogue.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import { formatList } from '../../../shared/i18n/formats.ts';
import { unsubscribeMessages } from '../../../shared/i18n/unsubscribe.ts';
import type { MailLanguage, Queryable, Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { messagesOf } from '../../messages.ts';
import { hashToken } from '../auth/auth.service.ts';
import { settingsLink } from '../outbox/outbox.service.ts';
import { findUnsubscribeToken, setRemindersOff } from './reminders.repository.ts';

const say = messagesOf(errorMessages);

// The one-click unsubscribe of automatic reminders (RFC 8058). The link's token, random and kept
// only as a hash, names a person and the reminders its mail was about; it turns those off and
// does nothing else: no sign-in, no reading, no turning anything on. A GET (a person's browser, or
// a link scanner) only shows the page that asks; the POST turns them off. Settings turn them on.

const invalidLink = () => new AppError('not_found', say('unsubscribeLinkInvalid'));

/** The reminder names a list of several is made of (`unsubscribe` catalogue). */
const reminderNameKeys = {
  meeting: 'reminderMeeting',
  agreement: 'reminderAgreement',
  profile: 'reminderProfile',
  survey: 'reminderSurvey',
} as const satisfies Record<ReminderKind, string>;

/**
 * What the token turns off, as the texts' `reminders` select takes it: one reminder, all of them
 * (a digest's link), or several, named in `list`. Mails issue links for one or all.
 */
function remindersOf(language: MailLanguage, reminders: readonly string[]) {
  const kinds = reminderKinds.filter((k) => reminders.includes(k));
  if (kinds.length === reminderKinds.length) return { reminders: 'all', list: '' };
  if (kinds.length === 1) return { reminders: kinds[0]!, list: '' };
  const t = translator(unsubscribeMessages, language);
  return {
    reminders: 'several',
    list: formatList(
      language,
      kinds.map((k) => t(reminderNameKeys[k])),
    ),
  };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * The page a GET of the link shows: what the button would turn off, and the button, which posts
 * the one-click form to the same address. It changes nothing itself.
 */
export async function unsubscribePage(db: Queryable, token: string, siteOrigin: string): Promise<string> {
  const found = await findUnsubscribeToken(db, hashToken(token), false);
  if (!found) throw invalidLink();
  const language = found.mail_language;
  const t = translator(unsubscribeMessages, language);
  const which = remindersOf(language, found.reminders);
  const off = found.reminders.every((k) => found.reminders_off.includes(k));
  const title = off ? t('pageAlreadyOff', which) : t('pageAsk', which);
  const action = pathOf(reminderEndpoints.unsubscribe, { token });
  const main = off
    ? `<p>${escapeHtml(t('pageAlreadyOffExplain'))}</p>`
    : `<p>${escapeHtml(t('pageExplain', which))}</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(t('pageButton', which))}</button>
</form>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – crossmentor</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${main}
<p><a href="${escapeHtml(settingsLink(siteOrigin))}">${escapeHtml(t('pageSettingsLink'))}</a></p>
</main>
</body>
</html>
`;
}

/**
 * The one-click POST: turns off the token's reminders for its person (those already off stay
 * off), and answers one line saying so, in their language, with where to turn them on again.
 */
export async function unsubscribeOneClick(trx: Trx, token: string, siteOrigin: string): Promise<string> {
  const found = await findUnsubscribeToken(trx, hashToken(token), true);
  if (!found) throw invalidLink();
  const off = reminderKinds.filter((k) => found.reminders_off.includes(k) || found.reminders.includes(k));
  await setRemindersOff(trx, found.person_id, off);
  const language = found.mail_language;
  return formatMessage(unsubscribeMessages, language, 'oneClickDone', {
    ...remindersOf(language, found.reminders),
    link: settingsLink(siteOrigin),
  });
}
