import type { Mentee, Mentor } from '../../../core/matching/index.ts';
import type { Rules } from '../../../shared/contract/matching.ts';
import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import { languageName } from '../../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { matchingPreflightMessages } from '../../../shared/i18n/matching-preflight.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, staleVersion } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { messagesOf, Worded, type Wording } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { type CycleMatchingData, loadCycleForMatching } from './cycle-input.ts';
import {
  EXCLUDED_ORGANISATIONS,
  FORMER_TANDEM,
  mayChangeRules,
  rulesAbilities,
  SAME_ORGANISATION,
} from './matching.policy.ts';
import {
  forbidPairAsRule,
  lockRulesVersion,
  organisationNamesById,
  saveRules,
} from './matching.repository.ts';
import { dissolvedExclusionReason, exclusionReasonKept } from './reason-wording.service.ts';
import { ruleBreakWording } from './rule-breaks.ts';

const say = messagesOf(errorsMatchingMessages);

export async function readRules(db: Queryable, actor: Actor, cycleId: string) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const { rules, competitorPairs } = await loadCycleForMatching(db, cycleId);
  return {
    reciprocityTolerance: rules.reciprocityTolerance,
    neverPairAgain: rules.neverPairAgain,
    organisationExclusions: rules.exclusions.map((e) => ({
      organisationA: e.organisation_a,
      organisationB: e.organisation_b,
    })),
    personExclusions: rules.forbidden
      .filter((f) => f.source === 'rule')
      .map((f) => ({ menteeId: f.mentee_id, mentorId: f.mentor_id, reason: f.reason })),
    competitorExclusions: competitorPairs.map((e) => ({
      organisationA: e.organisation_a,
      organisationB: e.organisation_b,
    })),
    version: rules.version,
    can: rulesAbilities(actor, cycle),
  };
}

export async function changeRules(trx: Trx, actor: Actor, cycleId: string, { version, ...rules }: Rules) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayChangeRules(actor, cycle));
  const current = await lockRulesVersion(trx, cycleId);
  if (current !== version) throw staleVersion(say('rulesChanged'), current);
  const organisations = new Set(cycle.organisationIds);
  rules.organisationExclusions.forEach((e, i) => {
    for (const [key, id] of [
      ['organisationA', e.organisationA],
      ['organisationB', e.organisationB],
    ] as const) {
      if (!organisations.has(id)) {
        throw new AppError('validation_failed', say('excludedNotInCycle'), [
          { path: `organisationExclusions.${i}.${key}`, message: say('excludedNotInCycleField') },
        ]);
      }
    }
    if (e.organisationA === e.organisationB) {
      throw new AppError('validation_failed', say('excludedFromItself'), [
        { path: `organisationExclusions.${i}`, message: say('excludedFromItselfField') },
      ]);
    }
  });
  const { participants } = await loadCycleForMatching(trx, cycleId);
  rules.personExclusions.forEach((p, i) => {
    if (participants.get(p.menteeId)?.role !== 'mentee') {
      throw new AppError('validation_failed', say('excludedMenteeUnknown'), [
        { path: `personExclusions.${i}.menteeId`, message: say('excludedMenteeUnknownField') },
      ]);
    }
    if (participants.get(p.mentorId)?.role !== 'mentor') {
      throw new AppError('validation_failed', say('excludedMentorUnknown'), [
        { path: `personExclusions.${i}.mentorId`, message: say('excludedMentorUnknownField') },
      ]);
    }
  });
  // The form sends back a dissolved tandem's reason in the words it showed: it is kept in English.
  await saveRules(trx, cycleId, {
    ...rules,
    personExclusions: rules.personExclusions.map((p) => ({ ...p, reason: exclusionReasonKept(p.reason) })),
  });
  await recordAudit(trx, auditContext(actor, null), {
    action: 'rules.changed',
    targetType: 'cycle',
    targetId: cycleId,
    details: {
      reciprocityTolerance: rules.reciprocityTolerance,
      neverPairAgain: rules.neverPairAgain,
      organisationExclusions: rules.organisationExclusions.length,
      personExclusions: rules.personExclusions.length,
    },
  });
  return readRules(trx, actor, cycleId);
}

/** The longest reason a person exclusion keeps (the rules form's limit). */
const EXCLUSION_REASON_LENGTH = 200;

/**
 * A dissolved tandem's mentee and mentor are never proposed to each other again: their pair becomes
 * a person exclusion of the cycle's rules, saying why, which the coordinator may lift on purpose.
 */
export async function forbidDissolvedPair(
  trx: Trx,
  pair: { cycleId: string; menteeId: string; mentorId: string; dissolvedReason: string },
) {
  const full = dissolvedExclusionReason(pair.dissolvedReason);
  const reason =
    full.length > EXCLUSION_REASON_LENGTH ? `${full.slice(0, EXCLUSION_REASON_LENGTH - 1)}…` : full;
  await forbidPairAsRule(trx, pair.cycleId, { menteeId: pair.menteeId, mentorId: pair.mentorId, reason });
}

const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Builds a check that lists the rules a pair breaks (empty when the pair is allowed), as the engine
 * keeps them: a pair the engine's input forbids breaks "the pair is forbidden" (the rules' and the
 * board's exclusions) or "they were a tandem before" (the rule `neverPairAgain`), or both.
 */
export function ruleChecker(data: CycleMatchingData): (mentee: Mentee, mentor: Mentor) => string[] {
  const excluded = new Set(data.input.rules?.exclusions?.map(([a, b]) => pairKey(a, b)));
  const forbidden = new Set(data.rules.forbidden.map((f) => `${f.mentee_id}>${f.mentor_id}`));
  const former = new Set(data.formerTandems.map((f) => `${f.mentee_id}>${f.mentor_id}`));
  return (mentee, mentor) => {
    const breaks: string[] = [];
    if (mentee.organisation === mentor.organisation) breaks.push(SAME_ORGANISATION);
    else if (excluded.has(pairKey(mentee.organisation, mentor.organisation))) {
      breaks.push(EXCLUDED_ORGANISATIONS);
    }
    if (forbidden.has(`${mentee.id}>${mentor.id}`)) breaks.push('the pair is forbidden');
    if (former.has(`${mentee.id}>${mentor.id}`)) breaks.push(FORMER_TANDEM);
    const required = mentee.profile?.requiredLanguage;
    if (required && !mentor.profile?.languages?.includes(required))
      breaks.push(`the mentor does not speak ${required}`);
    const wanted = mentee.profile?.preferredMentorGender;
    if (
      wanted &&
      mentee.profile?.preferredMentorGenderStrength === 'hard' &&
      mentor.profile?.gender !== wanted
    ) {
      breaks.push(`the mentee asks for a ${wanted.replace('_', '-')} mentor`);
    }
    return breaks;
  };
}

const preflightSays = messagesOf(matchingPreflightMessages);

const reasonText: Record<string, Wording> = {
  'same organisation': preflightSays('whySameOrganisation'),
  'their organisations are excluded from each other': preflightSays('whyExcludedOrganisations'),
  'the pair is forbidden': preflightSays('whyForbiddenPairs'),
  [FORMER_TANDEM]: preflightSays('whyFormerTandem'),
};

/** Why a mentor is out of a mentee's reach, as the report counts it: the first rule their pair breaks. */
function exclusionReason(mentee: Mentee, firstBreak: string): { key: string; why: Wording | string } {
  if (firstBreak.startsWith('the mentor does not speak')) {
    const code = mentee.profile?.requiredLanguage ?? '';
    // English keeps the code as it always has; German names the language.
    const language = new Worded((l) => (l === 'en' ? code : languageName(l, code)));
    return { key: `language:${code}`, why: preflightSays('whyLanguage', { language }) };
  }
  if (firstBreak.startsWith('the mentee asks for')) return { key: 'gender', why: preflightSays('whyGender') };
  return { key: firstBreak, why: reasonText[firstBreak] ?? ruleBreakWording(firstBreak) };
}

/**
 * Before a run: who cannot be matched at all and why, and each organisation's reciprocity account.
 * The reasons are in the reader's language.
 */
export async function preflight(db: Queryable, actor: Actor, cycleId: string, language: UiLanguage = 'en') {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const data = await loadCycleForMatching(db, cycleId);
  const { mentees, mentors } = data.input;
  const breaksOf = ruleChecker(data);
  const unmatchable = [];
  for (const mentee of mentees) {
    const counts = new Map<string, { count: number; why: Wording | string }>();
    const count = ({ key, why }: { key: string; why: Wording | string }) =>
      counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, why });
    let eligible = 0;
    for (const mentor of mentors) {
      if (mentor.capacity === 0) {
        count({ key: 'no places', why: preflightSays('whyNoPlaces') });
        continue;
      }
      const breaks = breaksOf(mentee, mentor);
      if (breaks.length === 0) eligible++;
      else count(exclusionReason(mentee, breaks[0]!));
    }
    if (eligible === 0) {
      const row = data.participants.get(mentee.id)!;
      unmatchable.push({
        menteeId: mentee.id,
        name: row.name,
        organisationName: row.organisation_name,
        reasons:
          mentors.length === 0
            ? [preflightSays('noMentorsYet').in(language)]
            : [...counts.values()].map(({ count: n, why }) =>
                preflightSays('mentorsExcluded', { count: n, why }).in(language),
              ),
      });
    }
  }
  const byOrganisation = new Map<
    string,
    { name: string; mentors: number; places: number; mentees: number }
  >();
  for (const id of cycle.organisationIds)
    byOrganisation.set(id, { name: '', mentors: 0, places: 0, mentees: 0 });
  for (const row of data.participants.values()) {
    const account = byOrganisation.get(row.organisation_id) ?? {
      name: '',
      mentors: 0,
      places: 0,
      mentees: 0,
    };
    account.name = row.organisation_name;
    if (row.role === 'mentor') {
      account.mentors++;
      account.places += Number(row.capacity);
    } else account.mentees++;
    byOrganisation.set(row.organisation_id, account);
  }
  const organisationNames = await organisationNamesById(db, [...byOrganisation.keys()]);
  for (const [id, account] of byOrganisation) account.name = organisationNames.get(id) ?? account.name;
  return {
    mentees: mentees.length,
    mentorPlaces: mentors.reduce((sum, m) => sum + m.capacity, 0),
    incompleteProfiles: [...data.participants.values()].filter((p) => p.profile_completed_at === null).length,
    formerTandemPairs: data.formerTandems.length,
    unmatchable,
    reciprocity: [...byOrganisation.entries()]
      .map(([organisationId, a]) => ({
        organisationId,
        organisationName: a.name,
        mentors: a.mentors,
        mentorPlaces: a.places,
        mentees: a.mentees,
        balance: a.places - a.mentees,
      }))
      .sort((x, y) => x.organisationName.localeCompare(y.organisationName)),
  };
}
