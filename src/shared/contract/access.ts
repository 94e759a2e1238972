import type { AccountRole } from './auth.ts';

// Who may call an endpoint at the door, written once: the server enforces it, the web's route
// table and the route matrix read it. Object-level rules (another organisation's object answers
// 404) live in the server's policies.

/** Anyone, or signed-in accounts with one of these roles. */
export type Access = 'public' | readonly AccountRole[];

export const everyone = 'public' satisfies Access;
export const coordinatorOnly = ['coordinator'] as const satisfies Access;
export const contactsOnly = ['organisation_contact'] as const satisfies Access;
export const participantsOnly = ['participant'] as const satisfies Access;
/** The coordinator and organisation contacts: the people who run the programme. */
export const staff = ['coordinator', 'organisation_contact'] as const satisfies Access;
/** The coordinator and participants (the alumni directory: the coordinator and alumni). */
export const coordinatorAndParticipants = ['coordinator', 'participant'] as const satisfies Access;
export const signedIn = ['coordinator', 'organisation_contact', 'participant'] as const satisfies Access;

export function allows(access: Access, role: AccountRole | null): boolean {
  if (access === 'public') return true;
  return role !== null && access.includes(role);
}
