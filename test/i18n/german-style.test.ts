import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/shared/i18n/catalogue.ts';

// Every German message of every catalogue (`src/shared/i18n/de/*.ts`) is checked for the forms
// docs/i18n.md rules out: gender star, colon, underscore, slash and Binnen-I forms; the informal
// "du", "dein", "euch" and "euer"; a lower-case "sie" where the formal address is meant (after
// "Bitte" and a verb, or in a request that opens with its verb); masculine role nouns without the
// feminine form beside them; an article or possessive before one Mentee; and words the glossary
// replaces. test/mail-wording.test.ts checks the mails as they are sent; this checks every text.
// A message is checked as the text it can show: the literal words of every plural and select case
// and of every tag, with each placeholder standing as `{…}` (a name, not a word of the sentence).

const deDir = fileURLToPath(new URL('../../src/shared/i18n/de', import.meta.url));
const deFiles = readdirSync(deDir)
  .filter((f) => f.endsWith('.ts'))
  .sort();

const catalogues: { file: string; messages: Messages }[] = [];
for (const file of deFiles) {
  const module = (await import(join(deDir, file))) as { default: Messages };
  catalogues.push({ file: `de/${file}`, messages: module.default });
}

/** The text a message can show: the cases of a plural or select one after the other, split by `⁞`. */
function readable(elements: MessageFormatElement[]): string {
  let text = '';
  for (const el of elements) {
    if (el.type === TYPE.literal) text += el.value;
    else if (el.type === TYPE.pound) text += '#';
    else if (el.type === TYPE.tag) text += readable(el.children);
    else if (el.type === TYPE.plural || el.type === TYPE.select) {
      text += ` ${Object.values(el.options)
        .map((o) => readable(o.value))
        .join(' ⁞ ')} `;
    } else text += '{…}';
  }
  return text;
}

function textOf(message: string): string {
  return readable(parse(message, { ignoreTag: false }));
}

// A letter on either side, for word edges with umlauts and ß (`\b` sees only ASCII letters).
const L = '\\p{L}';
const word = (pattern: string, flags = 'u') => new RegExp(`(?<!${L})(?:${pattern})(?!${L})`, flags);

type Rule = { name: string; form: RegExp; why: string; example: string; fine?: string[] };

/** Forms that are wrong wherever they stand. */
const rules: Rule[] = [
  {
    name: 'gender star, colon, underscore or slash',
    form: new RegExp(`${L}(?:[*:_]|/-?)in(?:nen)?(?!${L})`, 'u'),
    why: 'no gender star, colon, underscore or slash: say "Mentorinnen und Mentoren" or a neutral word',
    example: 'Alle Teilnehmer*innen und Mentor:innen',
    fine: ['Zeit: in zwei Wochen', 'https://example.org/index'],
  },
  {
    name: 'Binnen-I or brackets',
    form: new RegExp(`\\p{Ll}In(?:nen)?(?!${L})|${L}\\((?:in|innen)\\)`, 'u'),
    why: 'no Binnen-I ("MentorInnen") or "(innen)": pair both forms or use a neutral word',
    example: 'Liebe MentorInnen',
    fine: ['Mentorinnen und Mentoren'],
  },
  {
    name: 'informal address',
    form: word('du|dich|dir|dein(?:e|er|es|em|en)?|euch|euer|eure(?:r|s|m|n)?', 'iu'),
    why: 'always the formal "Sie", "Ihr", "Ihnen"',
    example: 'Hast du dein Profil schon ausgefüllt?',
    fine: ['Deinstallieren Sie die App.', 'Dienstliche E-Mail-Adresse', 'Euro'],
  },
  {
    name: 'lower-case "sie" after "Bitte" and a verb',
    form: /(?<!\p{L})Bitte\s+\p{L}+\s+sie(?!\p{L})/u,
    why: 'after "Bitte" and a verb, "Sie" is the formal address: capitalise it',
    example: 'Bitte wählen sie ein Passwort.',
    fine: ['Bitte laden Sie sie neu.'],
  },
  {
    name: 'lower-case "sie" in a request that opens with its verb',
    // A sentence (not a question) that opens with a verb in -n and "sie" is a request to the
    // reader: "Wählen sie …" for "Wählen Sie …".
    form: /(?:^|[.!:;–]\s+|\n)\p{Lu}\p{Ll}*n\s+sie(?!\p{L})[^.?!]*(?:[.!]|$)/u,
    why: 'a request opening with its verb addresses the reader: "Sie", capitalised',
    example: 'Speichern sie die Vereinbarung.',
    fine: ['Speichern Sie die Vereinbarung.', 'Können sie mehr Mentees begleiten?'],
  },
  {
    name: 'article or possessive before one Mentee',
    form: word(
      '(?:der|die|den|dem|des|ein|eine|einer|einen|einem|eines|kein|keine|keinen|keinem|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|jede|jeder|jeden|jedem|diese|dieser|diesen|diesem)\\s+(?:\\p{Ll}+e[nrsm]?\\s+)?Mentee|des Mentees',
      'iu',
    ),
    why: 'an article or "Ihre" before one Mentee gives them a gender: "eine Person, die als Mentee teilnimmt"',
    example: 'Ihre Mentee hat ein Treffen vorgeschlagen.',
    fine: ['die Person, die als Mentee teilnimmt', 'für die jeweiligen Mentees', 'den Mentees'],
  },
  {
    name: 'a verb without its object',
    form: /nehmen Sie an oder|Bitte prüfen Sie:/,
    why: '"annehmen" and "prüfen" need their object: "nehmen Sie den Termin an", "prüfen Sie den Vorschlag"',
    example: 'Bitte nehmen Sie an oder schlagen Sie eine andere Zeit vor.',
  },
  {
    name: 'glossary: Durchgang',
    form: /zyklus|zyklen|programmrunde/iu,
    why: 'a cycle is a "Durchgang" (plural "Durchgänge")',
    example: 'Der Zyklus ist abgeschlossen.',
  },
  {
    name: 'glossary: Kohorte',
    form: /kohorte/iu,
    why: 'the glossary has no "Kohorte": say "Durchgang" or "Teilnehmende"',
    example: 'Die Kohorte 2027',
  },
  {
    name: 'glossary: Ansprechperson',
    form: /ansprechpartner/iu,
    why: 'an organisation contact is an "Ansprechperson" (plural "Ansprechpersonen")',
    example: 'Ihre Ansprechpartnerin oder Ihr Ansprechpartner',
  },
  {
    name: 'glossary: Koordination',
    form: /koordinator/iu,
    why: 'the coordinator is "die Koordination", the function, not a person',
    example: 'Wenden Sie sich an die Koordinatorin oder den Koordinator.',
  },
  {
    name: 'glossary: Tandem-Partner',
    form: /tandem-?partner/iu,
    why: 'say "Sie und X bilden ein Tandem" or "die andere Person in Ihrem Tandem"',
    example: 'Ihre Tandempartnerin',
  },
  {
    name: 'glossary: Teilnehmende',
    form: /teilnehmer/iu,
    why: 'a participant is a "teilnehmende Person" (plural "Teilnehmende")',
    example: 'Teilnehmerinnen und Teilnehmer',
  },
  {
    name: 'glossary: Freigabe',
    form: /genehmig/iu,
    why: 'approval is "Freigabe", to approve "freigeben"',
    example: 'Die Vorschläge warten auf Genehmigung.',
  },
  {
    name: 'English left in German',
    form: word(
      'Meetings?|Reminders?|Digests?|Surveys?|Cycles?|Log-?in|Log-?out|einloggen|ausloggen|Dashboard',
    ),
    why: 'the glossary word: Treffen, Erinnerung, Zusammenfassung, Umfrage, Durchgang, anmelden, abmelden',
    example: 'Ihr nächstes Meeting',
    fine: ['Matching-Lauf'],
  },
];

/**
 * A role noun's masculine form, as a word ("Mentor", "Mentoren") or as part of one ("Mentorenprofil",
 * "Arbeitskollege"), not followed by what makes it another word (`not`: "Mentorin", "Mentoring").
 * Standing alone in lower case ("mentor oder mentee") it is a value to type, not German.
 */
function masculine(stem: string, not: string, unless = '') {
  const capital = stem[0]!.toUpperCase() + stem.slice(1);
  return new RegExp(`(?<!${L})${capital}(?!${not})|(?<=${L})${unless}${stem}(?!${not})`, 'u');
}

/**
 * Role nouns whose masculine form may stand only beside the feminine one ("Mentorin oder Mentor").
 * Where no role noun is needed, a neutral word is better ("Person", "Konto").
 */
const pairedRoles: { masculine: RegExp; feminine: RegExp; example: string; fine: string[] }[] = [
  {
    // "crossmentor" is the product's name.
    masculine: masculine('mentor', 'in|ing', '(?<!cross)'),
    feminine: /mentorin/iu,
    example: 'Ihr Mentor hat unterschrieben.',
    fine: [
      'Ihre Mentorin oder Ihr Mentor',
      'Mentorinnen und Mentoren',
      'Ihr Mentoring-Programm',
      'Einladung zu crossmentor',
      'mentor oder mentee (auf Englisch)',
    ],
  },
  {
    masculine: masculine('partner', 'in|schaft'),
    feminine: /partnerin/iu,
    example: 'Ihr Gesprächspartner im Tandem',
    fine: ['eine Partnerschaft'],
  },
  {
    masculine: masculine('kolleg', 'in'),
    feminine: /kollegin/iu,
    example: 'Fragen Sie einen Kollegen.',
    fine: ['Kolleginnen und Kollegen'],
  },
  {
    masculine: masculine('nutzer', 'in'),
    feminine: /nutzerin/iu,
    example: 'Der Benutzer wurde deaktiviert.',
    fine: ['Nutzerinnen und Nutzer'],
  },
  {
    masculine: masculine('mitarbeiter', 'in'),
    feminine: /mitarbeiterin/iu,
    example: 'Mitarbeiter Ihrer Organisation',
    fine: ['Mitarbeiterinnen und Mitarbeiter'],
  },
];

function problems(text: string): string[] {
  const found = rules.filter((r) => r.form.test(text)).map((r) => `${r.name}: ${r.why}`);
  for (const role of pairedRoles) {
    if (role.masculine.test(text) && !role.feminine.test(text)) {
      found.push(
        `"${role.masculine.exec(text)![0]}" alone: pair it with the feminine form or use a neutral word`,
      );
    }
  }
  return found;
}

describe('German style of the catalogues', () => {
  it('reads every German catalogue', () => {
    expect(catalogues.length).toBeGreaterThanOrEqual(40);
    expect(catalogues.reduce((n, c) => n + Object.keys(c.messages).length, 0)).toBeGreaterThan(1000);
  });

  it.each(catalogues)('$file uses none of the forms docs/i18n.md rules out', ({ messages }) => {
    const found = Object.entries(messages).flatMap(([key, message]) =>
      problems(textOf(message)).map((p) => `${key}: ${p}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the German style rules', () => {
  it.each(rules)('$name: catches its example', ({ example }) => {
    expect(problems(example).length).toBeGreaterThan(0);
  });

  it.each(rules.filter((r) => r.fine))('$name: lets the right forms pass', ({ form, fine }) => {
    for (const text of fine!) expect(form.test(text), text).toBe(false);
  });

  it.each(pairedRoles)('$masculine alone is caught, beside the feminine it is fine', ({ example, fine }) => {
    expect(problems(example).length).toBeGreaterThan(0);
    for (const text of fine) expect(problems(text), text).toEqual([]);
  });

  it('reads every case of a plural or select, and not the names of placeholders or cases', () => {
    expect(problems(textOf('{role, select, mentor {Ihre Mentorin} other {Ihr Mentor}}'))).toEqual([]);
    expect(problems(textOf('{count, plural, one {Ihr Mentor} other {# Mentees}}')).length).toBe(1);
    expect(problems(textOf('<b>{mentor}</b> ({side, select, mentor {Mentee} other {Mentees}})'))).toEqual([]);
    expect(problems(textOf('<b>Fragen Sie dich selbst</b>')).length).toBe(1);
  });
});
