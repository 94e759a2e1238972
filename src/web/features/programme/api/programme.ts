import { z } from 'zod';
import { participantSchema } from '../../../../shared/contract/participants.ts';
import { request } from '../../../lib/api.ts';

const myParticipationsSchema = z.object({ participants: z.array(participantSchema) });

/** The signed-in mentor's or mentee's own participations, one per cycle. */
export async function listMyParticipations(signal?: AbortSignal) {
  const { participants } = await request('/me/participations', myParticipationsSchema, { signal });
  return participants;
}
