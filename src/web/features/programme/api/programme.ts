import { participantEndpoints } from '../../../../shared/contract/participants.ts';
import { call } from '../../../lib/api.ts';

/** The signed-in mentor's or mentee's own participations, one per cycle. */
export async function listMyParticipations(signal?: AbortSignal) {
  const { participants } = await call(participantEndpoints.listMine, { signal });
  return participants;
}
