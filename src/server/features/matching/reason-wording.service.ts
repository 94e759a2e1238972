import { LANGUAGE_NAMES, type RuleViolation, VIOLATION_WORDS } from '../../../core/matching/index.ts';
import { languageName } from '../../../shared/i18n/formats.ts';
import { type UiLanguage, uiLanguages } from '../../../shared/i18n/languages.ts';
import { matchingReasonsMessages } from '../../../shared/i18n/matching-reasons.ts';
import { JoinedWording, messagesOf, Worded, type Wording } from '../../messages.ts';
import { ruleBreakWording } from './rule-breaks.ts';

// The matching engine explains its pairs and its unmatched mentees in English
// (`src/core/matching/explain.ts`, the score model's `describe`), as the CLI prints them, and the
// server keeps them so on runs, drafts and tandems (text columns), with the few reasons it writes
// itself on the board. A reader sees them in their language: every form they are written in has
// its message in the `matching-reasons` catalogue, recognised here when they are shown. A text in
// no known form (a draft from an older engine) is shown as it is. English words each form exactly
// as it was written (reason-wording.test.ts).

const say = messagesOf(matchingReasonsMessages);

const fixed: Record<string, Wording> = {
  'pinned by the coordinator': say('pinned'),
  'score given in the scores file': say('scoresFile'),
  'mentee prefers remote and the mentor meets remotely': say('remotePreferred'),
  'both can meet remotely': say('bothRemote'),
  'there are no mentors': say('noMentors'),
  "every eligible mentor's places went to mentees they score higher (stable mode)": say('stableTaken'),
  "every eligible mentor's places are taken by a better total": say('betterTotal'),
  'Unassigned by the coordinator.': say('unassignedByCoordinator'),
  'Their proposed mentor was forbidden on the board; re-run to find another.': say('unassignedForbidden'),
};

/** The hard rules as the engine names them (`VIOLATION_WORDS`), each with its message. */
const ruleKeys: Record<RuleViolation, Parameters<typeof say>[0]> = {
  'same-organisation': 'ruleSameOrganisation',
  'excluded-organisations': 'ruleExcludedOrganisations',
  forbidden: 'ruleForbidden',
  'required-language': 'ruleRequiredLanguage',
  'mentor-gender': 'ruleMentorGender',
  'not-listed': 'ruleNotListed',
};
const rules = new Map(
  Object.entries(VIOLATION_WORDS).map(([rule, words]) => [words, say(ruleKeys[rule as RuleViolation])]),
);

const codeOfLanguageName = new Map(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name, code]));

/** A language the engine named in English ("German"), named in the reader's language. */
function spokenLanguage(name: string): Wording | string {
  const code = codeOfLanguageName.get(name);
  if (!code) return name;
  return new Worded((l) => (l === 'en' ? name : languageName(l, code)));
}

/** "same organisation (4 mentors)" within "no eligible mentor at all: …". */
function excludedMentors(part: string): Wording | null {
  const found = /^(.+) \((\d+) mentors?\)$/.exec(part);
  const rule = found && rules.get(found[1]!);
  return rule ? say('excludedMentors', { rule, count: Number(found[2]) }) : null;
}

/** The forms of the reasons with values, each with its message. */
const patterns: [RegExp, (m: string[]) => Wording | null][] = [
  [/^shares goals: (.*)$/s, ([, topics]) => say('sharesGoals', { topics: topics! })],
  [/^(\d+) levels? more senior$/, ([, gap]) => say('moreSenior', { gap: Number(gap) })],
  [
    /^both speak (.+)$/s,
    ([, names]) =>
      say('bothSpeak', { languages: new JoinedWording(names!.split(', ').map(spokenLanguage), ', ') }),
  ],
  [/^both in (.*)$/s, ([, location]) => say('bothIn', { location: location! })],
  [/^mentor gender as preferred \((.*)\)$/s, ([, gender]) => say('mentorGender', { gender: gender! })],
  [
    /^different industry \((.*) \/ (.*)\)$/s,
    ([, mentee, mentor]) => say('differentIndustry', { mentee: mentee!, mentor: mentor! }),
  ],
  [/^same industry \((.*)\)$/s, ([, industry]) => say('sameIndustry', { industry: industry! })],
  [
    /^no eligible mentor at all: (.+)$/s,
    ([, list]) => {
      if (list === 'there are no mentors') return say('noEligibleMentor', { rules: say('noMentors') });
      const parts = list!.split('; ').map(excludedMentors);
      return parts.every((p) => p !== null)
        ? say('noEligibleMentor', { rules: new JoinedWording(parts as Wording[], '; ') })
        : null;
    },
  ],
  [
    /^every eligible mentor's places are taken by pinned mentees \((.*)\)$/s,
    ([, mentees]) => say('pinnedTakeAll', { mentees: mentees! }),
  ],
  [
    /^matching them would break the reciprocity balance \(tolerance (.+?)\), although mentor (.+) has a free place$/s,
    ([, tolerance, mentor]) => say('reciprocity', { tolerance: tolerance!, mentor: mentor! }),
  ],
  [
    /^best alternative: mentor (.+), which would lower the total score by (\S+?)(?:; mentee (.+) would be unmatched instead)?$/s,
    ([, mentor, loss, displaced]) =>
      displaced === undefined
        ? say('bestAlternative', { mentor: mentor!, loss: loss! })
        : say('bestAlternativeDisplacing', { mentor: mentor!, loss: loss!, displaced }),
  ],
];

/** A reason of the matching (a proposal's or an unmatched mentee's) in the reader's language. */
export function reasonWording(text: string): Wording | string {
  const known = fixed[text];
  if (known) return known;
  for (const [pattern, wording] of patterns) {
    const found = pattern.exec(text);
    if (found) return wording(found) ?? text;
  }
  return text;
}

const words = (wording: Wording | string, language: UiLanguage) =>
  typeof wording === 'string' ? wording : wording.in(language);

/** The matching's reasons, in the reader's language. */
export function reasonsIn(texts: readonly string[], language: UiLanguage): string[] {
  return texts.map((text) => words(reasonWording(text), language));
}

/** The rules a pair breaks, in the reader's language. */
export function ruleBreaksIn(texts: readonly string[], language: UiLanguage): string[] {
  return texts.map((text) => words(ruleBreakWording(text), language));
}

const dissolvedPrefix = 'Tandem dissolved: ';

/** Written on the exclusion of a dissolved tandem's pair (kept in English, as it always was). */
export const dissolvedExclusionReason = (reason: string) => `${dissolvedPrefix}${reason}`;

/** A person exclusion's reason: the one written when a tandem was dissolved, in the reader's language. */
export function exclusionReasonIn(reason: string | null, language: UiLanguage): string | null {
  if (reason === null || !reason.startsWith(dissolvedPrefix)) return reason;
  return say('tandemDissolved', { reason: reason.slice(dissolvedPrefix.length) }).in(language);
}

// What the routes answer, with the matching's words in the reader's language. English is answered
// as it is kept, so API clients that send no language read exactly what they always did.

type Explained = { reasons: string[]; ruleBreaks?: string[]; hardRuleBreaks?: string[] };

/** A proposal, a pair's preview, an alternative or a tandem: its reasons and rule breaks. */
export function explainedIn<T extends Explained>(item: T, language: UiLanguage): T {
  if (language === 'en') return item;
  return {
    ...item,
    reasons: reasonsIn(item.reasons, language),
    ...(item.ruleBreaks ? { ruleBreaks: ruleBreaksIn(item.ruleBreaks, language) } : {}),
    ...(item.hardRuleBreaks ? { hardRuleBreaks: ruleBreaksIn(item.hardRuleBreaks, language) } : {}),
  };
}

/** The review board, or a contact's approval page. */
export function proposalsIn<T extends { proposals: Explained[]; unmatched?: Explained[] }>(
  view: T,
  language: UiLanguage,
): T {
  if (language === 'en') return view;
  return {
    ...view,
    proposals: view.proposals.map((p) => explainedIn(p, language)),
    ...(view.unmatched ? { unmatched: view.unmatched.map((u) => explainedIn(u, language)) } : {}),
  };
}

/** A re-match's alternatives, or why none is left. */
export function rematchIn<T extends { reasons: string[]; alternatives: Explained[] }>(
  result: T,
  language: UiLanguage,
): T {
  if (language === 'en') return result;
  return {
    ...explainedIn(result, language),
    alternatives: result.alternatives.map((a) => explainedIn(a, language)),
  };
}

/** The rules: a person exclusion made by dissolving a tandem says so in the reader's language. */
export function rulesIn<T extends { personExclusions: { reason: string }[] }>(
  rules: T,
  language: UiLanguage,
): T {
  if (language === 'en') return rules;
  return {
    ...rules,
    personExclusions: rules.personExclusions.map((p) => ({
      ...p,
      reason: exclusionReasonIn(p.reason, language)!,
    })),
  };
}

/**
 * A person exclusion's reason as it is kept: the rules form sends back what it was shown, so the
 * dissolved tandem's words in any language are kept in English, as they are written.
 */
export function exclusionReasonKept(reason: string): string {
  for (const language of uiLanguages) {
    const prefix = say('tandemDissolved', { reason: '' }).in(language);
    if (language !== 'en' && reason.startsWith(prefix)) {
      return dissolvedExclusionReason(reason.slice(prefix.length));
    }
  }
  return reason;
}

/** A run's error as the server (match-runs.service.ts) or the engine writes it, with its message. */
const runErrors: Record<string, Wording> = {
  'The server stopped during this run; run it again.': say('runServerStopped'),
  'The matching engine failed; the error has been logged.': say('runEngineFailed'),
  'stable mode cannot also enforce reciprocity; choose one': say('runStableWithReciprocity'),
};

/** The engine's refusals a cycle's rules can lead to (pins, reciprocity), each with its message. */
const runErrorPatterns: [RegExp, (m: string[]) => Wording | null][] = [
  [
    /^pin (.+) → (.+) breaks a rule: (.+)$/s,
    ([, mentee, mentor, rule]) => {
      const broken = rules.get(rule!);
      return broken ? say('runPinBreaksRule', { mentee: mentee!, mentor: mentor!, rule: broken }) : null;
    },
  ],
  [
    /^mentor "(.+)" has (\d+) pins but capacity (\d+)$/s,
    ([, mentor, pins, capacity]) =>
      say('runTooManyPins', { mentor: mentor!, pins: Number(pins), capacity: Number(capacity) }),
  ],
  [
    /^reciprocity within (\d+) cannot hold with the pins given; organisations out of balance: (.*)$/s,
    ([, tolerance, organisations]) =>
      say('runPinsBreakReciprocity', { tolerance: tolerance!, organisations: organisations! }),
  ],
];

function runErrorWording(error: string): Wording | null {
  const known = runErrors[error];
  if (known) return known;
  for (const [pattern, wording] of runErrorPatterns) {
    const found = pattern.exec(error);
    if (found) return wording(found);
  }
  return null;
}

/** A match run: its error, in the reader's language when it is one the cycle's rules can lead to. */
export function runIn<T extends { error: string | null }>(run: T, language: UiLanguage): T {
  const wording = language === 'en' || run.error === null ? null : runErrorWording(run.error);
  return wording ? { ...run, error: wording.in(language) } : run;
}
