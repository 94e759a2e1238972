import { type Organisation, organisationEndpoints } from '../../../shared/contract/organisations.ts';
import { errorsOrganisationsMessages } from '../../../shared/i18n/errors-organisations.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsOrganisationsMessages);

// Who may see and change an organisation. A contact sees their own organisation only; the
// coordinator manages all of them, and deletes one only when nothing refers to it any more.

/** What still refers to an organisation: its people and the cycles it takes part in. */
export interface OrganisationDependents {
  people: number;
  cycles: number;
}

/** Another organisation does not exist for a contact. */
export function maySeeOrganisation(actor: Actor, organisation: Pick<Organisation, 'id'>): Verdict {
  if (seesOrganisation(actor, organisation.id)) return allowed;
  return refusedNotFound('organisation');
}

export function mayChangeOrganisation(actor: Actor, organisation: Pick<Organisation, 'id'>): Verdict {
  const seen = maySeeOrganisation(actor, organisation);
  if (!seen.allowed) return seen;
  return mayCall(actor, organisationEndpoints.update);
}

/** Deleting waits until the organisation has no people and takes part in no cycle. */
export function mayRemoveOrganisation(
  actor: Actor,
  organisation: Pick<Organisation, 'id' | 'name'>,
  dependents: OrganisationDependents,
): Verdict {
  const seen = maySeeOrganisation(actor, organisation);
  if (!seen.allowed) return seen;
  const door = mayCall(actor, organisationEndpoints.remove);
  if (!door.allowed) return door;
  if (dependents.people > 0 || dependents.cycles > 0) {
    return refused(
      'conflict',
      say('stillInUse', { name: organisation.name, people: dependents.people, cycles: dependents.cycles }),
      { people: dependents.people, cycles: dependents.cycles },
    );
  }
  return allowed;
}

/** What the actor may do with the organisation now. */
export function organisationAbilities(
  actor: Actor,
  organisation: Pick<Organisation, 'id' | 'name'>,
  dependents: OrganisationDependents,
) {
  return {
    edit: mayChangeOrganisation(actor, organisation).allowed,
    remove: mayRemoveOrganisation(actor, organisation, dependents).allowed,
  };
}
