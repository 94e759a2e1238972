import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import { languageName } from '../../../shared/i18n/formats.ts';
import { messagesOf, Worded, type Wording } from '../../messages.ts';

// The rules a pair breaks are written in English where they are found (`ruleChecker`,
// `hardRuleBreaks`, a full mentor), and kept so on the draft. An error that names them words each
// one in the reader's language: every form they are written in has its message here.

const say = messagesOf(errorsMatchingMessages);

const fixed: Record<string, Wording> = {
  'same organisation': say('sameOrganisation'),
  'their organisations are excluded from each other': say('excludedOrganisations'),
  'the pair is forbidden': say('forbiddenPair'),
  'they were a tandem before': say('formerTandem'),
  'the mentor has no free place': say('mentorFull'),
};

/** A rule break in the reader's language; one not written by the rules here stays as it is. */
export function ruleBreakWording(text: string): Wording | string {
  const known = fixed[text];
  if (known) return known;
  const language = /^the mentor does not speak (.+)$/.exec(text)?.[1];
  if (language) {
    // English keeps the code as it always has; German names the language.
    return say('mentorLacksLanguage', {
      language: new Worded((l) => (l === 'en' ? language : languageName(l, language))),
    });
  }
  const gender = /^the mentee asks for a (female|male|non-binary) mentor$/.exec(text)?.[1];
  if (gender) return say('menteeAsksForGender', { gender: gender.replace('-', '_') });
  const capacity = /^the mentor has no free place \(capacity (\d+)\)$/.exec(text)?.[1];
  if (capacity) return say('mentorFullCapacity', { capacity: Number(capacity) });
  return text;
}
