// Generated from the migrated schema by `npm run db:types` (scripts/generate-table-types.ts): do not
// edit. src/server/db/tables.generated.test.ts fails while this file and the migrations disagree.
import type { Generated, GeneratedAlways } from 'kysely';
import type { Json, JsonColumns, JsonWithDefault } from './json-columns.ts';

export interface AccountsTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  role: 'coordinator' | 'organisation_contact' | 'participant';
  organisation_id: string | null;
  person_id: string | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
  mail_language: Generated<'en' | 'de'>;
  /** When the account's holder chose mail_language themselves; null while it is a default the sign-in may adopt from the interface language. */
  language_chosen_at: Date | null;
}

export interface AgreementsTable {
  id: Generated<string>;
  tandem_id: string;
  version: number;
  /** The goals as agreed in this version: id, title and success measure of each. */
  goals: Json<JsonColumns['agreements.goals']>;
  cadence_days: number;
  meeting_format: 'in_person' | 'video' | 'phone';
  confidentiality: string;
  edited_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  mentee_signed_at: Date | null;
  mentor_signed_at: Date | null;
}

export interface AlumniDirectoryEntriesTable {
  person_id: string;
  /** Whether the directory shows the person's organisation; left out of the answer entirely when false. */
  show_organisation: Generated<boolean>;
  /** Whether the directory shows the topics of the person's latest participation; left out of the answer entirely when false. */
  show_topics: Generated<boolean>;
  opted_in_at: Date;
  updated_at: Date;
}

export interface AlumniInvitationsTable {
  id: Generated<string>;
  cycle_id: string;
  person_id: string;
  invited_by: string | null;
  created_at: Date;
  answered_at: Date | null;
  /** accepted (a participation as mentor was made with the latest mentor profile carried over) or declined; null while pending. Set exactly when answered_at is. */
  answer: 'accepted' | 'declined' | null;
}

export interface AuditLogTable {
  id: GeneratedAlways<number>;
  occurred_at: Generated<Date>;
  actor_account_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: JsonWithDefault<JsonColumns['audit_log.details']>;
}

export interface CertificatesTable {
  participant_id: string;
  serial: Generated<number>;
  /** Raised by one on each reissue: the number printed is serial and version, so a reissued certificate has a new one (version - 1 reissues). */
  version: Generated<number>;
  /** When this version's number was given (first download, withholding or reissue). */
  issued_at: Date;
  withheld_at: Date | null;
  /** The coordinator's reason for withholding, for staff only; set exactly when withheld_at is. */
  withheld_reason: string | null;
  withheld_by: string | null;
}

export interface CycleDraftsTable {
  cycle_id: string;
  run_id: string | null;
  version: Generated<number>;
  status: Generated<'editing' | 'in_approval' | 'published'>;
  sent_for_approval_at: Date | null;
  published_at: Date | null;
}

export interface CycleForbiddenPairsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  reason: Generated<string>;
  source: 'rule' | 'board';
}

export interface CycleOrganisationExclusionsTable {
  cycle_id: string;
  organisation_a: string;
  organisation_b: string;
}

export interface CycleOrganisationsTable {
  cycle_id: string;
  organisation_id: string;
  joined_at: Generated<Date>;
}

export interface CyclePinsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
}

export interface CycleQuestionnairesTable {
  cycle_id: string;
  topics: Generated<string[]>;
  weights: Json<JsonColumns['cycle_questionnaires.weights']>;
  ideal_seniority_gap: Generated<number>;
  prefer_different_industry: Generated<boolean>;
  updated_at: Generated<Date>;
  /** Raised by one on each saved edit of the questionnaire as edited; a save read at another version answers 409. */
  version: Generated<number>;
}

export interface CycleRulesTable {
  cycle_id: string;
  reciprocity_tolerance: number | null;
  /** Raised by one on each saved edit of the matching rules (this row, exclusions, forbidden pairs) as edited; a save read at another version answers 409. */
  version: Generated<number>;
  /** Whether two people who were a tandem before (an earlier cycle, or a dissolved tandem of this one, in either role) are never paired again in this cycle; on by default. */
  never_pair_again: Generated<boolean>;
}

export interface CyclesTable {
  id: Generated<string>;
  name: string;
  starts_on: string;
  ends_on: string;
  status: Generated<'draft' | 'open' | 'matching' | 'running' | 'closed'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  meeting_cadence_days: Generated<number>;
  confidentiality_text: Generated<string>;
  /** Raised by one on each saved edit of the cycle’s name and dates as edited (a change of phase is an action of its own); a save read at another version answers 409. */
  version: Generated<number>;
  /** Raised by one on each saved edit of the cycle’s tandem settings (meeting cadence, confidentiality text); their form checks this one, not the cycle’s version. */
  tandem_settings_version: Generated<number>;
  /** The language of the cycle's default texts (questionnaire topics, survey questions, confidentiality terms), chosen when it was created: en or de. */
  language: Generated<'en' | 'de'>;
}

export interface DraftProposalsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  contributions: Json<JsonColumns['draft_proposals.contributions']>;
  reasons: string[];
  source: 'engine' | 'pinned' | 'hand';
  rule_breaks: Generated<string[]>;
  approval: Generated<'pending' | 'approved' | 'change_requested'>;
  approval_comment: string | null;
  decided_by: string | null;
  decided_at: Date | null;
}

export interface DraftUnmatchedTable {
  cycle_id: string;
  mentee_id: string;
  reasons: string[];
}

export interface EventRegistrationsTable {
  id: Generated<string>;
  event_id: string;
  account_id: string;
  /** The organisation whose person registered (a participant's or a contact's): its contacts see the registration, no other contact does. */
  organisation_id: string | null;
  participant_id: string | null;
  status: 'registered' | 'waiting' | 'cancelled';
  /** Drawn under the event's row lock at each (re)registration: the waiting list's order. */
  queue_number: Generated<number>;
  /** The person agreed that other registered attendees see their name and organisation. */
  show_to_attendees: Generated<boolean>;
  /** Marked by the coordinator after the start; null while unmarked. */
  attended: boolean | null;
  attendance_marked_at: Date | null;
  registered_at: Date;
  promoted_at: Date | null;
  cancelled_at: Date | null;
  /** When the reminder two days before went out (claimed once, by one process). */
  reminded_at: Date | null;
}

export interface EventsTable {
  id: Generated<string>;
  cycle_id: string;
  title: string;
  description: Generated<string>;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  place: Generated<string>;
  online_link: Generated<string>;
  audience: 'everyone' | 'mentors' | 'mentees' | 'contacts';
  /** Places; null for as many as come. Registrations beyond it wait in order of arrival. */
  capacity: number | null;
  registration_deadline: Date;
  cancelled_at: Date | null;
  ical_uid: string;
  /** Raised by every change a calendar must apply (time, place, cancellation): the SEQUENCE of the event's calendar entries. */
  ical_sequence: Generated<number>;
  /** Raised by one on each saved edit of the event; a save read at another version answers 409. */
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface GoalEventsTable {
  id: GeneratedAlways<number>;
  tandem_id: string;
  goal_id: string | null;
  author_id: string | null;
  kind: string;
  state: 'not_started' | 'on_track' | 'at_risk' | 'achieved' | 'dropped' | null;
  comment: Generated<string>;
  details: JsonWithDefault<JsonColumns['goal_events.details']>;
  occurred_at: Generated<Date>;
}

export interface GoalMilestonesTable {
  id: Generated<string>;
  goal_id: string;
  title: string;
  due_on: string | null;
  done_at: Date | null;
  created_at: Generated<Date>;
}

export interface GoalsTable {
  id: Generated<string>;
  tandem_id: string;
  position: number;
  title: string;
  success_measure: Generated<string>;
  state: Generated<'not_started' | 'on_track' | 'at_risk' | 'achieved' | 'dropped'>;
  state_comment: Generated<string>;
  removed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface InvitationsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  name: string;
  role: 'organisation_contact' | 'participant';
  organisation_id: string;
  person_id: string | null;
  invited_by: string;
  created_at: Generated<Date>;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

export interface MailUnsubscribeTokensTable {
  /** SHA-256 (hex) of the token in the link; the token itself is only in the mail. */
  token_hash: string;
  person_id: string;
  /** The automatic reminders the link turns off: the one its mail is, or all of them for a digest. */
  reminders: string[];
  created_at: Generated<Date>;
}

export interface MatchRunPairsTable {
  run_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  contributions: Json<JsonColumns['match_run_pairs.contributions']>;
  reasons: string[];
  pinned: boolean;
}

export interface MatchRunUnmatchedTable {
  run_id: string;
  mentee_id: string;
  reasons: string[];
}

export interface MatchRunsTable {
  id: Generated<string>;
  cycle_id: string;
  number: number;
  mode: 'optimal' | 'stable';
  status: 'running' | 'done' | 'failed';
  engine_version: string;
  input: Json<JsonColumns['match_runs.input']>;
  mentees: number;
  mentors: number;
  matched: number | null;
  unmatched: number | null;
  total_score: number | null;
  mean_score: number | null;
  criterion_averages: Json<JsonColumns['match_runs.criterion_averages']> | null;
  blocking_pairs: number | null;
  progress: Json<JsonColumns['match_runs.progress']> | null;
  error: string | null;
  started_by: string | null;
  started_at: Generated<Date>;
  finished_at: Date | null;
  /** When the process running the engine last said it is alive; a running run silent for 30 s is dead. */
  heartbeat_at: Generated<Date>;
}

export interface MeetingPrivateNotesTable {
  meeting_id: string;
  author_id: string;
  body: string;
  updated_at: Generated<Date>;
}

export interface MeetingsTable {
  id: Generated<string>;
  tandem_id: string;
  ical_uid: string;
  ical_sequence: Generated<number>;
  starts_at: Date;
  duration_minutes: number;
  time_zone: string;
  place: Generated<string>;
  video_link: Generated<string>;
  status: 'proposed' | 'accepted' | 'cancelled' | 'held';
  proposed_by: string;
  shared_notes: Generated<string>;
  shared_notes_by: string | null;
  /** When the last calendar invitation went out; null while none did. */
  calendar_sent_at: Date | null;
  held_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrganisationCompetitorsTable {
  organisation_id: string;
  competitor_id: string;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  industry: Generated<string>;
  size: string | null;
  website: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Raised by one on each saved edit of the organisation’s details as edited; a save read at another version answers 409. */
  version: Generated<number>;
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body: string;
  created_at: Generated<Date>;
  sent_at: Date | null;
  status: Generated<'pending' | 'sent' | 'failed' | 'held' | 'digested'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_error: string | null;
  /** What the message is about, e.g. 'reminder.meeting'; digests group by it. */
  kind: Generated<string>;
  /** A calendar invitation sent as the message's text/calendar part. */
  calendar: Json<JsonColumns['outbox.calendar']> | null;
  /** The digest this held message went out in. */
  digest_id: string | null;
  /** The object the message is about, e.g. 'invitation:<id>': its unsent mail goes when it goes. */
  about: string | null;
  /** Drawn from a sequence as the message is written: the mail sender sends a recipient's messages in this order, never one while an older one of theirs is pending. */
  write_order: Generated<number>;
  /** The one-click unsubscribe address, sent as List-Unsubscribe with List-Unsubscribe-Post (RFC 8058); null for mails that are not automatic reminders or digests of them. */
  list_unsubscribe: string | null;
  /** The text is for the recipient alone (it signs them in): staff see subject and delivery only, even before it is sent. */
  recipient_only: Generated<boolean>;
}

export interface ParticipantsTable {
  id: Generated<string>;
  cycle_id: string;
  person_id: string;
  role: 'mentor' | 'mentee';
  goals: Generated<string>;
  expertise: Generated<string>;
  capacity: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  topics: Generated<string[]>;
  remote: Generated<'in-person' | 'remote' | 'either'>;
  required_language: string | null;
  preferred_mentor_gender: string | null;
  preferred_mentor_gender_strength: Generated<'soft' | 'hard'>;
  profile_completed_at: Date | null;
  last_reminder_at: Date | null;
  /** Raised by one on each saved edit of the participation’s role, goals, expertise, capacity and profile answers as edited; a save read at another version answers 409. */
  version: Generated<number>;
}

export interface PasswordResetRequestsTable {
  id: GeneratedAlways<number>;
  email: string;
  ip: string;
  requested_at: Date;
}

export interface PasswordResetTokensTable {
  id: Generated<string>;
  /** SHA-256 (hex) of the token in the link; the token itself is only in the mail. */
  token_hash: string;
  account_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  superseded_at: Date | null;
}

export interface PeopleTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  job_title: Generated<string>;
  seniority: number | null;
  languages: Generated<string[]>;
  location: Generated<string>;
  gender: Generated<'female' | 'male' | 'non_binary' | 'undisclosed'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  mail_language: Generated<'en' | 'de'>;
  mail_digest: Generated<boolean>;
  /** Raised by one on each saved edit of the person’s name, email and profile fields as edited; a save read at another version answers 409. */
  version: Generated<number>;
  /** The automatic reminders this person turned off (meeting, agreement, profile, survey); the reminder job sends them none of these. */
  reminders_off: Generated<string[]>;
}

export interface RemindersSentTable {
  key: string;
  sent_at: Generated<Date>;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: Generated<Date>;
  last_seen_at: Generated<Date>;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInFailuresTable {
  id: GeneratedAlways<number>;
  email: string;
  ip: string;
  occurred_at: Generated<Date>;
}

export interface SurveyResponsesTable {
  survey_id: string;
  participant_id: string;
  answers: Json<JsonColumns['survey_responses.answers']>;
  submitted_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface SurveyResultReleasesTable {
  survey_id: string;
  scope: string;
  released_at: Date;
}

export interface SurveysTable {
  id: Generated<string>;
  cycle_id: string;
  kind: 'midterm' | 'final' | 'follow_up';
  role: 'mentor' | 'mentee';
  title: string;
  opens_on: string;
  closes_on: string;
  questions: Json<JsonColumns['surveys.questions']>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** Raised by one on each saved edit of the survey’s title, dates and questions as edited; a save read at another version answers 409. */
  version: Generated<number>;
}

export interface TandemsTable {
  id: Generated<string>;
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  reasons: string[];
  published_at: Generated<Date>;
  dissolved_at: Date | null;
  dissolved_reason: string | null;
}

export interface Tables {
  accounts: AccountsTable;
  agreements: AgreementsTable;
  alumni_directory_entries: AlumniDirectoryEntriesTable;
  alumni_invitations: AlumniInvitationsTable;
  audit_log: AuditLogTable;
  certificates: CertificatesTable;
  cycle_drafts: CycleDraftsTable;
  cycle_forbidden_pairs: CycleForbiddenPairsTable;
  cycle_organisation_exclusions: CycleOrganisationExclusionsTable;
  cycle_organisations: CycleOrganisationsTable;
  cycle_pins: CyclePinsTable;
  cycle_questionnaires: CycleQuestionnairesTable;
  cycle_rules: CycleRulesTable;
  cycles: CyclesTable;
  draft_proposals: DraftProposalsTable;
  draft_unmatched: DraftUnmatchedTable;
  event_registrations: EventRegistrationsTable;
  events: EventsTable;
  goal_events: GoalEventsTable;
  goal_milestones: GoalMilestonesTable;
  goals: GoalsTable;
  invitations: InvitationsTable;
  mail_unsubscribe_tokens: MailUnsubscribeTokensTable;
  match_run_pairs: MatchRunPairsTable;
  match_run_unmatched: MatchRunUnmatchedTable;
  match_runs: MatchRunsTable;
  meeting_private_notes: MeetingPrivateNotesTable;
  meetings: MeetingsTable;
  organisation_competitors: OrganisationCompetitorsTable;
  organisations: OrganisationsTable;
  outbox: OutboxTable;
  participants: ParticipantsTable;
  password_reset_requests: PasswordResetRequestsTable;
  password_reset_tokens: PasswordResetTokensTable;
  people: PeopleTable;
  reminders_sent: RemindersSentTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  survey_responses: SurveyResponsesTable;
  survey_result_releases: SurveyResultReleasesTable;
  surveys: SurveysTable;
  tandems: TandemsTable;
}

/** Every json and jsonb column: json-columns.ts says what each of them holds, and no more. */
export type JsonColumnName =
  | 'agreements.goals'
  | 'audit_log.details'
  | 'cycle_questionnaires.weights'
  | 'draft_proposals.contributions'
  | 'goal_events.details'
  | 'match_run_pairs.contributions'
  | 'match_runs.criterion_averages'
  | 'match_runs.input'
  | 'match_runs.progress'
  | 'outbox.calendar'
  | 'survey_responses.answers'
  | 'surveys.questions';
