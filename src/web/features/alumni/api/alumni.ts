import { alumniEndpoints as endpoints } from '../../../../shared/contract/alumni.ts';
import { call } from '../../../lib/api.ts';

/** The alumni directory, searched by name or a shown organisation or topic. */
export async function listAlumni(q: string, signal?: AbortSignal) {
  const { alumni } = await call(endpoints.directory, { query: q ? { q } : {}, signal });
  return alumni;
}

/** The signed-in participant's alumni cycles, directory entry and pending invitations. */
export function getMyAlumni(signal?: AbortSignal) {
  return call(endpoints.mine, { signal });
}

export function saveMyDirectoryEntry(showOrganisation: boolean, showTopics: boolean) {
  return call(endpoints.joinDirectory, { body: { showOrganisation, showTopics } });
}

export function removeMyDirectoryEntry() {
  return call(endpoints.leaveDirectory);
}

export function acceptAlumniInvitation(id: string) {
  return call(endpoints.accept, { params: { id } });
}

export function declineAlumniInvitation(id: string) {
  return call(endpoints.decline, { params: { id } });
}

/** The alumni mentors of a cycle's invitations, for the coordinator. */
export function listAlumniMentors(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.mentorsForCycle, { params: { id: cycleId }, signal });
}

export function inviteAlumniMentors(cycleId: string, personIds: string[]) {
  return call(endpoints.invite, { params: { id: cycleId }, body: { personIds } });
}
