import type { ReminderKind } from '../../../shared/contract/reminders.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { MailLanguage } from '../../db/database.ts';

// The footer of automatic reminders and digests: where the mail language and the digest are
// chosen (Settings), and the one-click link that turns the reminder off. It follows the "-- "
// signature line, so a digest can leave its parts' footers out and add its own.

/** The line that opens a footer (a signature separator: two dashes and a space). */
export const FOOTER_SEPARATOR = '\n-- \n';

/** The address of the page where a signed-in person chooses language, digest and reminders. */
export function settingsLink(siteOrigin: string) {
  return `${siteOrigin}/settings`;
}

/** The one-click address (List-Unsubscribe) of a token. */
export function unsubscribeLink(siteOrigin: string, token: string) {
  return `${siteOrigin}/api/v1/mail/unsubscribe/${token}`;
}

/**
 * The footer of a reminder (`what` is its kind) or a digest (`all`), to follow the body; without an
 * unsubscribe address (the recipient has no person to turn it off for) it names Settings only.
 */
export function reminderFooter(
  language: MailLanguage,
  v: { siteOrigin: string; what: ReminderKind | 'all'; unsubscribe: string | null },
) {
  const t = translator(mailsMessages, language);
  const lines = [t('footerSettings', { link: settingsLink(v.siteOrigin) })];
  if (v.unsubscribe) lines.push(t('footerStop', { reminder: v.what, link: v.unsubscribe }));
  return `${FOOTER_SEPARATOR}${lines.join('\n')}\n`;
}

/** The body without its footer, if it has one. */
export function withoutFooter(body: string) {
  const at = body.indexOf(FOOTER_SEPARATOR);
  return at === -1 ? body : body.slice(0, at);
}
