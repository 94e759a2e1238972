import { reminderKinds } from '../../../shared/contract/reminders.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Db } from '../../db/database.ts';
import { reminderFooter, withoutFooter } from './mail-footer.ts';
import {
  claimHeldMessages,
  findRecipientPreferences,
  insertDigestMessage,
  markDigested,
  recipientsDueForDigest,
} from './outbox.repository.ts';
import { issueUnsubscribeLink } from './outbox.service.ts';

/** A held message waits at most this long before its digest goes out. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/**
 * Bundles each recipient's held messages into one digest once the oldest has waited a day. Each
 * recipient's messages are locked while they are bundled, so two processes never send a message
 * twice or in two digests. The digest ends with the Settings link (under `siteOrigin`) and, when it
 * holds an automatic reminder, a one-click link that turns all automatic reminders off.
 */
export async function composeDueDigests(db: Db, now: Date, siteOrigin: string) {
  const recipients = await recipientsDueForDigest(db, new Date(now.getTime() - DIGEST_INTERVAL_MS));
  let digests = 0;
  for (const recipient of recipients) {
    const bundled = await db.transaction().execute(async (trx) => {
      const held = await claimHeldMessages(trx, recipient);
      if (held.length === 0) return 0;
      const { language, personId } = await findRecipientPreferences(trx, recipient);
      const t = translator(mailsMessages, language);
      // Each reminder's own footer is left out: the digest has one for all of them.
      const sections = held.map((m) => `## ${m.subject}\n\n${withoutFooter(m.body).trim()}`);
      const holdsReminder = held.some((m) => m.list_unsubscribe !== null);
      const listUnsubscribe =
        holdsReminder && personId
          ? await issueUnsubscribeLink(trx, personId, reminderKinds, siteOrigin)
          : null;
      const footer = reminderFooter(language, { siteOrigin, what: 'all', unsubscribe: listUnsubscribe });
      const digestId = await insertDigestMessage(trx, {
        recipient,
        subject: t('digestSubject', { count: held.length }),
        body: `${t('digestIntro')}\n\n${sections.join('\n\n')}\n${footer}`,
        listUnsubscribe,
      });
      await markDigested(
        trx,
        held.map((m) => m.id),
        digestId,
      );
      return 1;
    });
    digests += bundled;
  }
  return { digests };
}
