import type { ReminderKind } from '../../../shared/contract/reminders.ts';
import type { MailLanguage } from '../../db/database.ts';

// The footer of automatic reminders and digests: where the mail language and the digest are
// chosen (Settings), and the one-click link that turns the reminder off. It follows the "-- "
// signature line, so a digest can leave its parts' footers out and add its own.

/** The line that opens a footer (a signature separator: two dashes and a space). */
export const FOOTER_SEPARATOR = '\n-- \n';

/** The reminders by name, as the footer, the confirmation page and the text after a one-click say. */
export const reminderNames: Record<MailLanguage, Record<ReminderKind | 'all', string>> = {
  en: {
    meeting: 'meeting reminders',
    agreement: 'reminders to sign the tandem agreement',
    profile: 'reminders to complete your profile',
    survey: 'survey reminders',
    all: 'all automatic reminders',
  },
  de: {
    meeting: 'Erinnerungen an Treffen',
    agreement: 'Erinnerungen an die Tandem-Vereinbarung',
    profile: 'Erinnerungen an Ihr Profil',
    survey: 'Erinnerungen an Umfragen',
    all: 'alle automatischen Erinnerungen',
  },
};

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
  const de = language === 'de';
  const lines = [
    `${de ? 'Sprache der Mails, tägliche Zusammenfassung und Erinnerungen' : 'Mail language, daily digest and reminders'}: ${settingsLink(v.siteOrigin)}`,
  ];
  if (v.unsubscribe) {
    const name = reminderNames[language][v.what];
    lines.push(de ? `${capitalised(name)} abbestellen: ${v.unsubscribe}` : `Stop ${name}: ${v.unsubscribe}`);
  }
  return `${FOOTER_SEPARATOR}${lines.join('\n')}\n`;
}

/** The body without its footer, if it has one. */
export function withoutFooter(body: string) {
  const at = body.indexOf(FOOTER_SEPARATOR);
  return at === -1 ? body : body.slice(0, at);
}

export function capitalised(text: string) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
