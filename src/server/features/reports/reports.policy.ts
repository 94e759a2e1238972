import { reportEndpoints } from '../../../shared/contract/reports.ts';
import type { Actor } from '../../http/actor.ts';
import { allowed, mayCall, refusedNotFound, seesOrganisation, type Verdict } from '../../policy.ts';

// Who reads which report. The cycle itself is checked first (another organisation's cycle is not
// found); these rules add what a report needs beyond it.

/** The programme's report: the coordinator alone. */
export function mayReadProgrammeReport(actor: Actor): Verdict {
  return mayCall(actor, reportEndpoints.programmeReport);
}

/**
 * An organisation's report: the coordinator, and that organisation's contacts; for anyone else,
 * and for an organisation not taking part in the cycle, it does not exist.
 */
export function mayReadOrganisationReport(
  actor: Actor,
  cycle: { organisationIds: readonly string[] },
  organisationId: string,
): Verdict {
  if (!cycle.organisationIds.includes(organisationId) || !seesOrganisation(actor, organisationId)) {
    return refusedNotFound('organisationInCycle');
  }
  return allowed;
}
