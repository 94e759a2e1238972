import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type {
  ProfileAnswers,
  ProfileView,
  Questionnaire,
  QuestionnaireSave,
  QuestionnaireView,
} from '../../../shared/contract/matching.ts';
import { PROFILE_TOPICS_MAX } from '../../../shared/contract/matching.ts';
import { errorsQuestionnaireMessages } from '../../../shared/i18n/errors-questionnaire.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { lockParticipantVersion } from '../participants/participants.service.ts';
import { profileReminderMail } from './questionnaire.mail.ts';
import {
  mayChangeQuestionnaire,
  maySeeProfile,
  participantMayReadQuestionnaire,
  questionnaireAbilities,
} from './questionnaire.policy.ts';
import {
  findProfile,
  findQuestionnaire,
  findVersionedQuestionnaire,
  listProfileStatus,
  listUnfinishedProfiles,
  lockQuestionnaireVersion,
  markProfilesFinished,
  markReminded,
  type ProfileRow,
  participationCycleStatus,
  saveProfileAnswers,
  saveQuestionnaire,
} from './questionnaire.repository.ts';

const say = messagesOf(errorsQuestionnaireMessages);

/** The questionnaire as the caller gets it: with what they may do with it now. */
async function present(db: Queryable, actor: Actor, cycle: { id: string; status: CycleStatus }) {
  // Content and version from one row: a form never pairs old content with a newer version.
  const questionnaire = await findVersionedQuestionnaire(db, cycle.id);
  return { ...questionnaire, can: questionnaireAbilities(actor, cycle) } satisfies QuestionnaireView;
}

/** Staff read the questionnaire of the cycles they see; participants of the cycles they take part in. */
export async function readQuestionnaire(db: Queryable, actor: Actor, cycleId: string) {
  if (actor.role === 'participant') {
    const status = actor.personId ? await participationCycleStatus(db, actor.personId, cycleId) : null;
    enforce(participantMayReadQuestionnaire(actor, status !== null));
    return present(db, actor, { id: cycleId, status: status! });
  }
  return present(db, actor, await getVisibleCycle(db, actor, cycleId));
}

export async function changeQuestionnaire(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  { version, ...questionnaire }: QuestionnaireSave,
  now: Date,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayChangeQuestionnaire(actor, cycle));
  const current = await lockQuestionnaireVersion(trx, cycleId);
  if (current !== version) throw staleVersion(say('questionnaireChanged'), current);
  await saveQuestionnaire(trx, cycleId, questionnaire, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'questionnaire.changed',
    targetType: 'cycle',
    targetId: cycleId,
    details: { topics: questionnaire.topics.length, weights: questionnaire.weights },
  });
  return present(trx, actor, cycle);
}

/**
 * The cycle's topics a nomination's free text names (goals or expertise, separated by commas,
 * semicolons or lines), spelled as the cycle's list spells them; words not on the list are left out.
 */
export function topicsFromNomination(text: string, cycleTopics: readonly string[]): string[] {
  const listed = new Map(cycleTopics.map((t) => [t.trim().toLowerCase(), t]));
  const found = new Set<string>();
  for (const part of text.split(/[,;\n]/)) {
    const topic = listed.get(part.trim().toLowerCase());
    if (topic !== undefined) found.add(topic);
  }
  return [...found];
}

/**
 * The topics a profile shows and the engine matches on, one answer for both: the participant's own
 * choice once they made one, until then what they were nominated with, where it is on the cycle's list.
 */
export function profileTopics(
  profile: { role: 'mentor' | 'mentee'; topics: readonly string[]; goals: string; expertise: string },
  cycleTopics: readonly string[],
): string[] {
  if (profile.topics.length > 0) return [...profile.topics];
  return topicsFromNomination(profile.role === 'mentee' ? profile.goals : profile.expertise, cycleTopics);
}

/**
 * Whether a profile holds every answer the questionnaire requires (seniority, a language, a topic),
 * as its form would save it: a nomination naming more topics than a profile holds waits for a choice.
 */
function hasRequiredAnswers(profile: { seniority: unknown; languages: readonly string[] }, topics: string[]) {
  return (
    profile.seniority !== null &&
    profile.languages.length > 0 &&
    topics.length > 0 &&
    topics.length <= PROFILE_TOPICS_MAX
  );
}

function toProfileView(row: ProfileRow, cycleTopics: readonly string[]): ProfileView {
  return {
    participantId: row.id,
    role: row.role,
    jobTitle: row.job_title,
    seniority: row.seniority === null ? null : Number(row.seniority),
    languages: row.languages,
    location: row.location,
    gender: row.gender,
    topics: profileTopics(row, cycleTopics),
    text: row.role === 'mentee' ? row.goals : row.expertise,
    remote: row.remote,
    requiredLanguage: row.required_language,
    preferredMentorGender: row.preferred_mentor_gender as ProfileView['preferredMentorGender'],
    preferredMentorGenderStrength: row.preferred_mentor_gender_strength,
    completedAt: row.profile_completed_at?.toISOString() ?? null,
    // Only the participant's own save stores topics; nominations name them in the free text.
    answeredByParticipant: row.topics.length > 0,
    version: Number(row.version),
  };
}

/** A participant's own profile; anybody else's answers 404. */
async function ownProfile(db: Queryable, actor: Actor, participantId: string) {
  const row = await findProfile(db, participantId);
  if (!row) throw notFound('profile');
  enforce(maySeeProfile(actor, { personId: row.person_id }));
  return row;
}

export async function readOwnProfile(db: Queryable, actor: Actor, participantId: string) {
  const row = await ownProfile(db, actor, participantId);
  // What the participant was nominated with fills the form, so they confirm rather than retype.
  return toProfileView(row, (await findQuestionnaire(db, row.cycle_id)).topics);
}

/**
 * Marks as finished the profiles of these participants that the CSV import filled with every answer
 * the questionnaire requires; a profile finished already stays as it was. (A participant nominated
 * by hand confirms their profile themselves.)
 */
export async function finishCompleteNominations(
  trx: Trx,
  cycleId: string,
  participantIds: readonly string[],
  now: Date,
): Promise<void> {
  if (participantIds.length === 0) return;
  const { topics: cycleTopics } = await findQuestionnaire(trx, cycleId);
  const unfinished = await listUnfinishedProfiles(trx, cycleId, participantIds);
  const complete = unfinished.filter((p) => hasRequiredAnswers(p, profileTopics(p, cycleTopics)));
  await markProfilesFinished(
    trx,
    complete.map((p) => p.id),
    now,
  );
}

export async function answerProfile(
  trx: Trx,
  actor: Actor,
  participantId: string,
  answers: ProfileAnswers,
  now: Date,
) {
  const row = await ownProfile(trx, actor, participantId);
  const { version, ...fields } = answers;
  const current = await lockParticipantVersion(trx, participantId);
  if (current === undefined) throw notFound('profile');
  if (current !== version) throw staleVersion(say('profileChanged'), current);
  const questionnaire = await findQuestionnaire(trx, row.cycle_id);
  const known = new Map(questionnaire.topics.map((t) => [t.toLowerCase(), t]));
  const unknown = answers.topics.filter((t) => !known.has(t.toLowerCase()));
  if (unknown.length > 0) {
    throw new AppError('validation_failed', say('unknownTopics', { topic: unknown[0] }), [
      { path: 'topics', message: say('unknownTopicsField', { topics: unknown.join('", "') }) },
    ]);
  }
  const isMentee = row.role === 'mentee';
  await saveProfileAnswers(
    trx,
    row,
    {
      ...fields,
      topics: [...new Set(answers.topics.map((t) => known.get(t.toLowerCase())!))],
      languages: [...new Set(answers.languages)],
      // What mentees ask of their mentor does not apply to mentors.
      requiredLanguage: isMentee ? answers.requiredLanguage : null,
      preferredMentorGender: isMentee ? answers.preferredMentorGender : null,
      preferredMentorGenderStrength: isMentee ? answers.preferredMentorGenderStrength : 'soft',
    },
    now,
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'profile.answered',
    targetType: 'participant',
    targetId: participantId,
  });
  return toProfileView((await findProfile(trx, participantId))!, questionnaire.topics);
}

export async function profileStatus(db: Queryable, actor: Actor, cycleId: string) {
  await getVisibleCycle(db, actor, cycleId);
  const rows = await listProfileStatus(db, cycleId, organisationScope(actor));
  return rows.map((r) => ({
    participantId: r.id,
    name: r.name,
    email: r.email,
    organisationName: r.organisation_name,
    role: r.role,
    completedAt: r.profile_completed_at?.toISOString() ?? null,
    lastReminderAt: r.last_reminder_at?.toISOString() ?? null,
  }));
}

/** Reminds everyone in the actor's scope who has not finished their profile (or the ones named). */
export async function remindUnfinishedProfiles(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  participantIds: readonly string[] | undefined,
  now: Date,
  siteOrigin: string,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const rows = await listProfileStatus(trx, cycleId, organisationScope(actor));
  const wanted = participantIds ? new Set(participantIds) : null;
  const due = rows.filter((r) => r.profile_completed_at === null && (!wanted || wanted.has(r.id)));
  for (const r of due) {
    await enqueueMail(trx, {
      to: r.email,
      kind: 'reminder.profile',
      digestible: true,
      text: profileReminderMail({
        name: r.name,
        cycleName: cycle.name,
        role: r.role,
        link: `${siteOrigin}/my-programme`,
      }),
    });
  }
  await markReminded(
    trx,
    due.map((r) => r.id),
    now,
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'profile.reminders_sent',
    targetType: 'cycle',
    targetId: cycleId,
    details: { count: due.length },
  });
  return { sent: due.length };
}

/** The cycle's questionnaire (the default until one is saved) as matching reads it; matching checks access. */
export function questionnaireForMatching(db: Queryable, cycleId: string): Promise<Questionnaire> {
  return findQuestionnaire(db, cycleId);
}

/**
 * One participant's reminder to finish their profile, as the automatic weekly reminder sends it;
 * false when they turned the profile reminders off (then nothing is sent or recorded).
 */
export async function sendProfileReminder(
  trx: Trx,
  participant: { id: string; email: string; name: string; role: 'mentor' | 'mentee'; cycleName: string },
  now: Date,
  siteOrigin: string,
): Promise<boolean> {
  const sent = await enqueueMail(trx, {
    to: participant.email,
    kind: 'reminder.profile',
    text: profileReminderMail({
      name: participant.name,
      role: participant.role,
      cycleName: participant.cycleName,
      link: `${siteOrigin}/my-programme`,
    }),
    digestible: true,
    automaticReminder: { kind: 'profile', siteOrigin },
  });
  // The contact's profile status shows when the participant was last reminded, by anyone.
  if (sent) await markReminded(trx, [participant.id], now);
  return sent;
}
