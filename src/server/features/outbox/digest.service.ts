import type { Db } from '../../db/database.ts';
import {
  claimHeldMessages,
  findRecipientPreferences,
  insertDigestMessage,
  markDigested,
  recipientsDueForDigest,
} from './outbox.repository.ts';

/** A held message waits at most this long before its digest goes out. */
export const DIGEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

const digestText = {
  en: (count: number) => ({
    subject: count === 1 ? 'crossmentor: 1 update' : `crossmentor: ${count} updates`,
    intro: 'Here is what happened in your mentoring programme since your last digest.',
  }),
  de: (count: number) => ({
    subject: count === 1 ? 'crossmentor: 1 Neuigkeit' : `crossmentor: ${count} Neuigkeiten`,
    intro: 'Das ist seit Ihrer letzten Zusammenfassung in Ihrem Mentoring-Programm geschehen.',
  }),
};

/**
 * Bundles each recipient's held messages into one digest once the oldest has waited a day. Each
 * recipient's messages are locked while they are bundled, so two processes never send a message
 * twice or in two digests.
 */
export async function composeDueDigests(db: Db, now: Date) {
  const recipients = await recipientsDueForDigest(db, new Date(now.getTime() - DIGEST_INTERVAL_MS));
  let digests = 0;
  for (const recipient of recipients) {
    const bundled = await db.transaction().execute(async (trx) => {
      const held = await claimHeldMessages(trx, recipient);
      if (held.length === 0) return 0;
      const { language } = await findRecipientPreferences(trx, recipient);
      const text = digestText[language](held.length);
      const sections = held.map((m) => `## ${m.subject}\n\n${m.body.trim()}`);
      const digestId = await insertDigestMessage(trx, {
        recipient,
        subject: text.subject,
        body: `${text.intro}\n\n${sections.join('\n\n')}\n`,
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
