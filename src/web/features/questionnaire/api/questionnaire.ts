import type { ProfileAnswers, QuestionnaireSave } from '../../../../shared/contract/matching.ts';
import { questionnaireEndpoints as endpoints } from '../../../../shared/contract/questionnaire.ts';
import { call } from '../../../lib/api.ts';

export function getQuestionnaire(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id: cycleId }, signal });
}

export function saveQuestionnaire(cycleId: string, questionnaire: QuestionnaireSave) {
  return call(endpoints.save, { params: { id: cycleId }, body: questionnaire });
}

/** The signed-in participant's own profile in one of their cycles. */
export function getMyProfile(participantId: string, signal?: AbortSignal) {
  return call(endpoints.getMyProfile, { params: { participantId }, signal });
}

export function saveMyProfile(participantId: string, answers: ProfileAnswers) {
  return call(endpoints.saveMyProfile, { params: { participantId }, body: answers });
}

export async function getProfileStatus(cycleId: string, signal?: AbortSignal) {
  const { participants } = await call(endpoints.profileStatus, { params: { id: cycleId }, signal });
  return participants;
}

/** Reminds the given participants (all unfinished ones when omitted) by mail through the outbox. */
export function sendProfileReminders(cycleId: string, participantIds?: string[]) {
  return call(endpoints.remind, {
    params: { id: cycleId },
    body: participantIds ? { participantIds } : {},
  });
}
