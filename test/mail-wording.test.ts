import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reminderFooter } from '../src/server/features/outbox/mail-footer.ts';
import type { Localised, MailText } from '../src/server/features/outbox/outbox.service.ts';
import { surveyReminderMail } from '../src/server/features/reminders/reminders.mail.ts';
import { reminderKinds } from '../src/shared/contract/reminders.ts';
import { formatMessage } from '../src/shared/i18n/catalogue.ts';
import { mailsMessages } from '../src/shared/i18n/mails.ts';
import { unsubscribeMessages } from '../src/shared/i18n/unsubscribe.ts';

// Every mail template (each `…Mail` export of every `*.mail.ts`), in English and German, with
// sample values for each of its variants: the sentence after the greeting begins with a capital
// letter, no placeholder of its catalogue message is left unreplaced, and the German text uses
// none of the forms docs/i18n.md rules out. A template without samples here fails the test, so a
// new one is checked too. The footers, the digest and the unsubscribe page are checked alike.

const features = fileURLToPath(new URL('../src/server/features', import.meta.url));
const mailFiles = readdirSync(features, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mail.ts'))
  .sort();

const meeting = {
  startsAt: new Date('2027-03-04T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  durationMinutes: 60,
  place: 'Café am Markt',
  videoLink: 'https://video.example/room',
};
const link = 'https://mentoring.example.org/tandems/1';
const programmeEvent = {
  title: 'Auftaktveranstaltung',
  cycleName: 'Programm 2027',
  startsAt: new Date('2027-01-15T15:00:00Z'),
  endsAt: new Date('2027-01-15T18:00:00Z'),
  timeZone: 'Europe/Berlin',
  place: 'Alpha Bank, Saal 2',
  onlineLink: 'https://video.example/kickoff',
  registrationDeadline: new Date('2027-01-08T15:00:00Z'),
};
const person = { name: 'Mia Schulz', link };

/** Sample values of each template, one object per variant of its text. */
const samples: Record<string, Record<string, unknown>[]> = {
  agreementChangedMail: [{ ...person, editor: 'Bea Wagner', version: 2 }],
  agreementAwaitsSignatureMail: [{ ...person, signer: 'Bea Wagner' }],
  agreementSignedMail: [{ ...person, partner: 'Bea Wagner' }],
  invitationMail: [{ ...person, inviterName: 'Clara Koch', organisationName: 'Alpha GmbH', validDays: 14 }],
  passwordResetMail: [{ ...person, validMinutes: 30 }],
  proposalsToApproveMail: [
    { ...person, count: 1, cycleName: 'Programm 2027' },
    { ...person, count: 3, cycleName: 'Programm 2027' },
  ],
  meetingProposedMail: [
    { ...person, proposer: 'Bea Wagner', meeting, anotherTime: false },
    { ...person, proposer: 'Bea Wagner', meeting, anotherTime: true },
  ],
  meetingInvitationMail: [
    { ...person, partner: 'Bea Wagner', meeting, confirmed: true },
    { ...person, partner: 'Bea Wagner', meeting, confirmed: false },
  ],
  meetingCancelledMail: [
    { ...person, cancelledBy: 'Bea Wagner', meeting },
    { ...person, cancelledBy: null, meeting },
  ],
  profileReminderMail: [
    { ...person, role: 'mentee', cycleName: 'Programm 2027' },
    { ...person, role: 'mentor', cycleName: 'Programm 2027' },
  ],
  meetingReminderMail: [
    { ...person, partner: 'Bea Wagner', lastMeeting: null },
    { ...person, partner: 'Bea Wagner', lastMeeting: new Date('2027-01-10T09:00:00Z') },
  ],
  agreementReminderMail: [
    { ...person, partner: 'Bea Wagner', exists: false },
    { ...person, partner: 'Bea Wagner', exists: true },
  ],
  surveyReminderMail: [
    { ...person, surveyTitle: 'Halbzeit', cycleName: 'Programm 2027', closesOn: '2027-03-15' },
  ],
  alumniInvitationMail: [
    {
      ...person,
      cycleName: 'Programm 2028',
      startsOn: '2028-01-15',
      endsOn: '2028-12-15',
      lastCycleName: 'Programm 2027',
    },
  ],
  tandemPublishedMail: [{ ...person, partner: 'Bea Wagner', cycleName: 'Programm 2027' }],
  tandemDissolvedMail: [{ ...person, cycleName: 'Programm 2027', reason: 'Stellenwechsel' }],
  registrationMail: ['registered', 'promoted', 'unregistered', 'leftWaitingList', 'updated', 'reminder'].map(
    (notice) => ({ ...person, notice, event: programmeEvent }),
  ),
  waitingMail: [{ ...person, event: programmeEvent, position: 3 }],
  eventCancelledMail: [
    { ...person, event: programmeEvent, note: 'Die Trainerin ist erkrankt.', registered: true },
    { ...person, event: programmeEvent, note: '', registered: false },
  ],
  eventMessageMail: [
    {
      ...person,
      subject: 'Raumänderung',
      body: 'Wir treffen uns in Raum 5.',
      event: programmeEvent,
      registered: true,
    },
    {
      ...person,
      subject: 'Raumänderung',
      body: 'Wir treffen uns in Raum 5.',
      event: programmeEvent,
      registered: false,
    },
  ],
  tandemRematchedMail: [{ ...person, partner: 'Bea Wagner', cycleName: 'Programm 2027' }],
};

type Template = (values: Record<string, unknown>) => Localised;
const templates: { file: string; name: string; template: Template }[] = [];
for (const file of mailFiles) {
  const module = (await import(join(features, file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function' && name.endsWith('Mail'))
      templates.push({ file, name, template: value as Template });
  }
}

const greetings = { en: /^Hello [^\n,]+,\n\n/, de: /^Guten Tag [^\n,]+,\n\n/ };
const languages = ['en', 'de'] as const;

/** What a text shows of a message left unformatted: braces, an ICU tag, or a value that was missing. */
function unreplaced(text: string) {
  return [...text.matchAll(/[{}]|<\/?[A-Za-z][\w-]*>|\b(?:undefined|null|NaN)\b|\[object \w+\]/g)].map(
    (m) => m[0],
  );
}

/**
 * What German mails must not say (docs/i18n.md): a masculine or feminine form for a person whose
 * gender the text does not know, and the sentences the issue found without an object.
 */
const wrongGerman: { form: RegExp; why: string }[] = [
  {
    form: /Tandem-?[Pp]artner(?!in)/,
    why: '"Tandem-Partner" assumes a man; say "Sie und X bilden ein Tandem"',
  },
  {
    form: /\b(?:die|der|den|dem|eine|einer|einen|einem|ein|Ihre|Ihrer|Ihren|Ihrem|Ihr) Mentee\b(?!s)/,
    why: 'an article or "Ihre" before one Mentee gives them a gender; describe the person instead',
  },
  { form: /nehmen Sie an oder/, why: '"annehmen" needs its object: "nehmen Sie den Termin an"' },
  { form: /Bitte prüfen Sie:/, why: '"prüfen" needs its object' },
];
/** Role nouns whose masculine form may appear only beside the feminine one ("Mentorin oder Mentor"). */
const pairedRoles = ['Mentor', 'Partner', 'Koordinator', 'Teilnehmer', 'Kollege', 'Ansprechpartner'];

function germanProblems(text: MailText) {
  const all = `${text.subject}\n${text.body}`;
  const problems = wrongGerman.filter((w) => w.form.test(all)).map((w) => w.why);
  for (const role of pairedRoles) {
    const feminine = role.endsWith('e') ? `${role.slice(0, -1)}in` : `${role}in`;
    if (new RegExp(`\\b${role}\\b`).test(all) && !all.includes(feminine)) {
      problems.push(`"${role}" alone; pair it with "${feminine}" or use neutral wording`);
    }
  }
  return problems;
}

describe('mail templates', () => {
  it('finds every template, and each has samples', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15);
    expect(templates.filter((t) => !samples[t.name]).map((t) => `${t.file}: ${t.name}`)).toEqual([]);
  });

  for (const { file, name, template } of templates) {
    (samples[name] ?? []).forEach((values, variant) => {
      for (const language of ['en', 'de'] as const) {
        const key = `${name}#${variant}:${language}`;
        it(`${file} ${key}: a capital after the greeting${language === 'de' ? ', no ruled-out German' : ''}`, () => {
          const text = template(values)(language);
          const greeting = greetings[language].exec(text.body);
          expect(greeting, 'the body opens with the greeting and a blank line').not.toBeNull();
          const first = text.body.slice(greeting![0].length);
          expect(first, 'the sentence after the greeting').toMatch(/^\p{Lu}/u);
          expect(unreplaced(`${text.subject}\n${text.body}`), 'left unreplaced').toEqual([]);
          expect(text.body.endsWith('\n'), 'the body ends with a line break').toBe(true);
          if (language === 'de') expect(germanProblems(text)).toEqual([]);
        });
      }
    });
  }

  it('every footer, and the digest, in both languages: nothing left unreplaced', () => {
    const texts: string[] = [];
    for (const language of languages) {
      for (const what of [...reminderKinds, 'all'] as const) {
        for (const unsubscribe of ['https://mentoring.example.org/api/v1/mail/unsubscribe/abc', null]) {
          texts.push(
            reminderFooter(language, { siteOrigin: 'https://mentoring.example.org', what, unsubscribe }),
          );
        }
      }
      for (const count of [1, 2, 25])
        texts.push(formatMessage(mailsMessages, language, 'digestSubject', { count }));
      texts.push(formatMessage(mailsMessages, language, 'digestIntro'));
    }
    expect(texts.flatMap(unreplaced)).toEqual([]);
    expect(
      reminderFooter('de', { siteOrigin: 'https://x.example', what: 'all', unsubscribe: 'https://u' }),
    ).toBe(
      '\n-- \nSprache der Mails, tägliche Zusammenfassung und Erinnerungen: https://x.example/settings\nAlle automatischen Erinnerungen abbestellen: https://u\n',
    );
    expect(formatMessage(mailsMessages, 'de', 'digestSubject', { count: 1 })).toBe(
      'crossmentor: 1 Neuigkeit',
    );
    expect(formatMessage(mailsMessages, 'en', 'digestSubject', { count: 3 })).toBe('crossmentor: 3 updates');
  });

  it('the unsubscribe page says what it turns off, for one reminder, all or several', () => {
    const texts: string[] = [];
    const keys = ['pageAsk', 'pageExplain', 'pageButton', 'pageAlreadyOff', 'oneClickDone'] as const;
    for (const language of languages) {
      for (const reminders of [...reminderKinds, 'all', 'several']) {
        for (const key of keys) {
          const values = {
            reminders,
            list: 'meeting reminders and survey reminders',
            link: 'https://x/settings',
          };
          const text = formatMessage(unsubscribeMessages, language, key, values);
          texts.push(text);
          if (key !== 'pageExplain') expect(text, `${language} ${key} ${reminders}`).toMatch(/^\p{Lu}/u);
        }
      }
    }
    expect(texts.flatMap(unreplaced)).toEqual([]);
    // "keine alle automatischen Erinnerungen" would not be German.
    expect(formatMessage(unsubscribeMessages, 'de', 'pageExplain', { reminders: 'all', list: '' })).toMatch(
      /^Damit erhalten Sie an diese Adresse keine automatischen Erinnerungen mehr\./,
    );
    expect(formatMessage(unsubscribeMessages, 'en', 'pageAsk', { reminders: 'survey', list: '' })).toBe(
      'Stop survey reminders?',
    );
  });

  it('finds what it looks for when a text is left unreplaced', () => {
    expect(unreplaced('Hello {name},')).toEqual(['{', '}']);
    expect(unreplaced('Welcome to <b>P</b>, undefined')).toEqual(['<b>', '</b>', 'undefined']);
    expect(unreplaced('Hello Mia, see https://x.example/a?b=1 <3')).toEqual([]);
  });

  it('names the last day a survey takes answers, the day before it closes', () => {
    // The survey closes on 15 March: answers are taken up to and including 14 March.
    const values = { ...person, surveyTitle: 'Halbzeit', cycleName: 'Programm 2027', closesOn: '2027-03-15' };
    const en = surveyReminderMail(values)('en').body;
    const de = surveyReminderMail(values)('de').body;
    expect(en).toContain('14 March 2027');
    expect(en).not.toContain('15 March');
    expect(de).toContain('bis einschließlich 14. März 2027');
    expect(de).not.toContain('15. März');
  });

  it('catches the forms it rules out', () => {
    const sample = (body: string) => germanProblems({ subject: '', body });
    expect(sample('Ihr Tandem-Partner ist Bea.')).toHaveLength(2);
    expect(sample('ein Tandem-Vorschlag für Ihre Mentee')).toHaveLength(1);
    expect(sample('Bitte nehmen Sie an oder schlagen Sie eine andere Zeit vor')).toHaveLength(1);
    expect(sample('Ihr Mentor wartet')).toHaveLength(1);
    expect(sample('Ihre Mentorin oder Ihren Mentor')).toEqual([]);
    expect(sample('Die Vorschläge betreffen Mentees aus Ihrer Organisation.')).toEqual([]);
  });
});
