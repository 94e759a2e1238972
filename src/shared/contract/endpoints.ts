import { agreementEndpoints } from './agreements.ts';
import { alumniEndpoints } from './alumni.ts';
import { auditEndpoints } from './audit.ts';
import { accountEndpoints, authEndpoints } from './auth.ts';
import { certificateEndpoints } from './certificates.ts';
import { cycleEndpoints } from './cycles.ts';
import type { EndpointSpec } from './endpoint.ts';
import { eventEndpoints } from './events.ts';
import { invitationEndpoints } from './invitations.ts';
import { matchingEndpoints } from './matching.ts';
import { meetingEndpoints } from './meetings.ts';
import { organisationEndpoints } from './organisations.ts';
import { outboxEndpoints } from './outbox.ts';
import { participantEndpoints } from './participants.ts';
import { questionnaireEndpoints } from './questionnaire.ts';
import { reminderEndpoints } from './reminders.ts';
import { reportEndpoints } from './reports.ts';
import { setupEndpoints } from './setup.ts';
import { surveyEndpoints } from './surveys.ts';
import { systemEndpoints } from './system.ts';
import { tandemEndpoints } from './tandems.ts';

// Every endpoint of the API, for the checks that read them all: each has a route, the route
// matrix covers each, the web tests' fake API answers by them. Callers import a feature's own
// declarations instead.

const groups = [
  systemEndpoints,
  setupEndpoints,
  authEndpoints,
  accountEndpoints,
  organisationEndpoints,
  cycleEndpoints,
  participantEndpoints,
  invitationEndpoints,
  auditEndpoints,
  outboxEndpoints,
  questionnaireEndpoints,
  matchingEndpoints,
  tandemEndpoints,
  meetingEndpoints,
  reminderEndpoints,
  agreementEndpoints,
  surveyEndpoints,
  reportEndpoints,
  certificateEndpoints,
  eventEndpoints,
  alumniEndpoints,
];

// Distributed over each group, then over each declaration, so the union keeps every literal id.
type ValuesOf<G> = G extends unknown ? G[keyof G] : never;
type IdOf<D> = D extends { operationId: infer Id extends string } ? Id : never;

/** The operationId of every declared endpoint. */
export type OperationId = IdOf<ValuesOf<(typeof groups)[number]>>;

export const allEndpoints: readonly EndpointSpec[] = groups.flatMap((group) => Object.values(group));

export function endpointById(operationId: OperationId): EndpointSpec {
  const found = allEndpoints.find((e) => e.operationId === operationId);
  if (!found) throw new Error(`No endpoint ${operationId}`);
  return found;
}
