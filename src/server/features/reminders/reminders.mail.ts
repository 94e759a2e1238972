import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatDate } from '../../../shared/i18n/formats.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import { addDays } from '../../dates.ts';
import type { Localised } from '../outbox/outbox.service.ts';

// The automatic reminders, in the recipient's language. Days are written in full ("14 March 2027").

export function meetingReminderMail(v: {
  name: string;
  partner: string;
  /** The last held meeting, or null when the tandem has not met yet. */
  lastMeeting: Date | null;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    const values = { name: v.name, partner: v.partner, link: v.link };
    return {
      subject: t('meetingReminderSubject', values),
      body: v.lastMeeting
        ? t('meetingReminderBody', {
            ...values,
            // The day as it was in UTC, as these reminders have always named it.
            lastMeeting: formatDate(language, v.lastMeeting.toISOString(), 'long'),
          })
        : t('meetingReminderNotMetBody', values),
    };
  };
}

export function agreementReminderMail(v: {
  name: string;
  partner: string;
  /** Whether there is an agreement to sign yet, or it still has to be written. */
  exists: boolean;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    const values = { name: v.name, partner: v.partner, link: v.link };
    return {
      subject: t('agreementReminderSubject'),
      body: v.exists ? t('agreementReminderUnsignedBody', values) : t('agreementReminderMissingBody', values),
    };
  };
}

export function surveyReminderMail(v: {
  name: string;
  surveyTitle: string;
  cycleName: string;
  /** The day the survey closes (it takes answers until the day before), as YYYY-MM-DD. */
  closesOn: string;
  link: string;
}): Localised {
  // The mail names the last day answers are taken, the day before the survey closes.
  const lastDay = addDays(v.closesOn, -1);
  return (language) => {
    const t = translator(mailsMessages, language);
    const values = { ...v, lastDay: formatDate(language, lastDay, 'long') };
    return { subject: t('surveyReminderSubject', values), body: t('surveyReminderBody', values) };
  };
}
