import { z } from 'zod';
import {
  type ProfileAnswers,
  profileSchema,
  profileStatusSchema,
  type Questionnaire,
  questionnaireSchema,
} from '../../../../shared/contract/matching.ts';
import { request } from '../../../lib/api.ts';

export function getQuestionnaire(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/questionnaire`, questionnaireSchema, { signal });
}

export function saveQuestionnaire(cycleId: string, questionnaire: Questionnaire) {
  return request(`/cycles/${cycleId}/questionnaire`, questionnaireSchema, {
    method: 'PUT',
    json: questionnaire,
  });
}

/** The signed-in participant's own profile in one of their cycles. */
export function getMyProfile(participantId: string, signal?: AbortSignal) {
  return request(`/me/profiles/${participantId}`, profileSchema, { signal });
}

export function saveMyProfile(participantId: string, answers: ProfileAnswers) {
  return request(`/me/profiles/${participantId}`, profileSchema, { method: 'PUT', json: answers });
}

export async function getProfileStatus(cycleId: string, signal?: AbortSignal) {
  const { participants } = await request(`/cycles/${cycleId}/profile-status`, profileStatusSchema, {
    signal,
  });
  return participants;
}

/** Reminds the given participants (all unfinished ones when omitted) by mail through the outbox. */
export function sendProfileReminders(cycleId: string, participantIds?: string[]) {
  return request(`/cycles/${cycleId}/profile-reminders`, z.object({ sent: z.number() }), {
    method: 'POST',
    json: participantIds ? { participantIds } : {},
  });
}
