import { pathOf } from '../../../shared/contract/endpoint.ts';
import { type ReminderKind, reminderEndpoints, reminderKinds } from '../../../shared/contract/reminders.ts';
import type { MailLanguage, Queryable, Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { hashToken } from '../auth/auth.service.ts';
import { reminderNames, settingsLink } from '../outbox/outbox.service.ts';
import { findUnsubscribeToken, setRemindersOff } from './reminders.repository.ts';

// The one-click unsubscribe of automatic reminders (RFC 8058). The link's token, random and kept
// only as a hash, names a person and the reminders its mail was about; it turns those off and
// does nothing else: no sign-in, no reading, no turning anything on. A GET (a person's browser, or
// a link scanner) only shows the page that asks; the POST turns them off. Settings turn them on.

const invalidLink = () =>
  new AppError(
    'not_found',
    'This unsubscribe link is not valid. Choose your reminders in your mail settings.',
  );

/** What the token turns off, by name: one reminder, or all of them (a digest's link). */
function nameOf(language: MailLanguage, reminders: readonly string[]) {
  const names = reminderNames[language];
  if (reminderKinds.every((k) => reminders.includes(k))) return names.all;
  return reminders.map((k) => names[k as ReminderKind]).join(language === 'de' ? ' und ' : ' and ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const pageTexts = {
  en: {
    ask: (name: string) => `Stop ${name}?`,
    explain: (name: string) =>
      `This turns off ${name} for the address this mail went to. Other mails from your mentoring programme keep coming. You can turn them on again at any time in your mail settings.`,
    button: (name: string) => `Stop ${name}`,
    alreadyOff: (name: string) => `${capitalised(name)} are off`,
    alreadyOffExplain: 'You can turn them on again at any time in your mail settings.',
    settings: 'Mail settings (after signing in)',
  },
  de: {
    ask: (name: string) => `${capitalised(name)} abbestellen?`,
    explain: (name: string) =>
      `Damit erhalten Sie an diese Adresse keine ${name} mehr. Andere Mails Ihres Mentoring-Programms kommen weiterhin. Sie können die Erinnerungen jederzeit in Ihren Mail-Einstellungen wieder einschalten.`,
    button: (name: string) => `${capitalised(name)} abbestellen`,
    alreadyOff: (name: string) => `${capitalised(name)} sind abbestellt`,
    alreadyOffExplain: 'Sie können sie jederzeit in Ihren Mail-Einstellungen wieder einschalten.',
    settings: 'Mail-Einstellungen (nach der Anmeldung)',
  },
};

/**
 * The page a GET of the link shows: what the button would turn off, and the button, which posts
 * the one-click form to the same address. It changes nothing itself.
 */
export async function unsubscribePage(db: Queryable, token: string, siteOrigin: string): Promise<string> {
  const found = await findUnsubscribeToken(db, hashToken(token), false);
  if (!found) throw invalidLink();
  const language = found.mail_language;
  const text = pageTexts[language];
  const name = nameOf(language, found.reminders);
  const off = found.reminders.every((k) => found.reminders_off.includes(k));
  const title = off ? text.alreadyOff(name) : text.ask(name);
  const action = pathOf(reminderEndpoints.unsubscribe, { token });
  const main = off
    ? `<p>${escapeHtml(text.alreadyOffExplain)}</p>`
    : `<p>${escapeHtml(text.explain(name))}</p>
<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">${escapeHtml(text.button(name))}</button>
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
<p><a href="${escapeHtml(settingsLink(siteOrigin))}">${escapeHtml(text.settings)}</a></p>
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
  const name = capitalised(nameOf(language, found.reminders));
  const settings = settingsLink(siteOrigin);
  return language === 'de'
    ? `${name} sind abbestellt. Sie können sie in Ihren Mail-Einstellungen wieder einschalten: ${settings}\n`
    : `${name} are off. You can turn them on again in your mail settings: ${settings}\n`;
}
