import type { ErrorCode } from '../shared/contract/common.ts';
import { errorMessages } from '../shared/i18n/errors.ts';
import type { UiLanguage } from '../shared/i18n/languages.ts';
import { inLanguage, type Message, messagesOf, type Wording } from './messages.ts';

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  origin_rejected: 403,
  not_found: 404,
  invitation_invalid: 404,
  reset_link_invalid: 404,
  conflict: 409,
  stale_version: 409,
  setup_done: 409,
  certificate_withheld: 409,
  registration_closed: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  password_rejected: 422,
  import_invalid: 422,
  hard_rule_broken: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

const say = messagesOf(errorMessages);

/**
 * The one error type of the server: a stable code for programs and a message for people, a key of
 * a catalogue put into words in the request's language when answered. `message` and `details` read
 * in English (for logs and tests); `details` may hold messages (`{ path, message }`), answered in
 * the request's language as the message is.
 */
export class AppError extends Error {
  readonly status: number;
  readonly details?: unknown;
  readonly #saidDetails?: unknown;
  constructor(
    readonly code: ErrorCode,
    readonly said: Wording,
    details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(said.in('en'));
    this.name = 'AppError';
    this.status = statusByCode[code];
    if (details !== undefined) {
      this.details = inLanguage(details, 'en');
      this.#saidDetails = details;
    }
  }

  /** The message and details as a reader of `language` gets them. */
  inLanguage(language: UiLanguage): { message: string; details?: unknown } {
    return {
      message: this.said.in(language),
      ...(this.#saidDetails !== undefined ? { details: inLanguage(this.#saidDetails, language) } : {}),
    };
  }
}

/** What can be not found, each with its message (`notFound('cycle')`: "The cycle was not found"). */
const notFoundKeys = {
  account: 'notFoundAccount',
  cycle: 'notFoundCycle',
  organisation: 'notFoundOrganisation',
  organisationInCycle: 'notFoundOrganisationInCycle',
  participant: 'notFoundParticipant',
  person: 'notFoundPerson',
  mentee: 'notFoundMentee',
  mentor: 'notFoundMentor',
  invitation: 'notFoundInvitation',
  profile: 'notFoundProfile',
  matchRun: 'notFoundMatchRun',
  pair: 'notFoundPair',
  proposal: 'notFoundProposal',
  proposals: 'notFoundProposals',
  proposalForMentee: 'notFoundProposalForMentee',
  proposalsForBoth: 'notFoundProposalsForBoth',
  tandem: 'notFoundTandem',
  goal: 'notFoundGoal',
  milestone: 'notFoundMilestone',
  meeting: 'notFoundMeeting',
  survey: 'notFoundSurvey',
  event: 'notFoundEvent',
} as const;

export type Missing = keyof typeof notFoundKeys;

/** "The cycle was not found", and the like. */
export const notFoundMessage = (what: Missing): Message => say(notFoundKeys[what]);

export const notFound = (what: Missing) => new AppError('not_found', notFoundMessage(what));
export const conflict = (message: Message, details?: unknown) => new AppError('conflict', message, details);

/**
 * A save made on a version older than the saved one: someone changed the object meanwhile. It
 * answers 409 instead of silently overwriting their change; `details.currentVersion` says which
 * version to load. The message says what changed and what to do (each feature words its own).
 */
export const staleVersion = (message: Message, currentVersion: number | undefined) =>
  new AppError('stale_version', message, { currentVersion });
