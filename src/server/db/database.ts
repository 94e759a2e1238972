import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';

// Table types as the database has them; repositories turn rows into domain objects.

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  industry: string;
  size: string | null;
  website: string;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OrganisationCompetitorsTable {
  organisation_id: string;
  competitor_id: string;
}

export interface CyclesTable {
  id: Generated<string>;
  name: string;
  starts_on: string;
  ends_on: string;
  status: Generated<'draft' | 'open' | 'matching' | 'running' | 'closed'>;
  meeting_cadence_days: Generated<number>;
  confidentiality_text: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CycleOrganisationsTable {
  cycle_id: string;
  organisation_id: string;
  joined_at: CreatedAt;
}

export interface PeopleTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  job_title: string;
  seniority: number | null;
  languages: string[];
  location: string;
  gender: 'female' | 'male' | 'non_binary' | 'undisclosed';
  mail_language: Generated<MailLanguage>;
  mail_digest: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ParticipantsTable {
  id: Generated<string>;
  cycle_id: string;
  person_id: string;
  role: 'mentor' | 'mentee';
  goals: string;
  expertise: string;
  capacity: number;
  topics: Generated<string[]>;
  remote: Generated<'in-person' | 'remote' | 'either'>;
  required_language: string | null;
  preferred_mentor_gender: string | null;
  preferred_mentor_gender_strength: Generated<'soft' | 'hard'>;
  profile_completed_at: Date | null;
  last_reminder_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AccountsTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  role: 'coordinator' | 'organisation_contact' | 'participant';
  organisation_id: string | null;
  person_id: string | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
  last_sign_in_at: Date | null;
  mail_language: Generated<MailLanguage>;
}

export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  occurred_at: CreatedAt;
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
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  status: Generated<'pending' | 'sent' | 'failed' | 'held' | 'digested'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_error: string | null;
  /** What the message is about, e.g. 'reminder.meeting'; digests group by it. */
  kind: Generated<string>;
  /** A calendar invitation sent as the message's text/calendar part. */
  calendar: Json<CalendarPart> | null;
  /** The digest this held message went out in. */
  digest_id: string | null;
  /** The object the message is about, e.g. 'invitation:<id>': its unsent mail goes when it goes. */
  about: string | null;
}

export type MailLanguage = 'en' | 'de';
export interface CalendarPart {
  method: 'REQUEST' | 'CANCEL';
  filename: string;
  content: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: CreatedAt;
  actor_account_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
}

type Json<T> = ColumnType<T, string, string>;

export interface CycleQuestionnairesTable {
  cycle_id: string;
  topics: string[];
  weights: Json<Record<string, number>>;
  ideal_seniority_gap: number;
  prefer_different_industry: boolean;
  updated_at: UpdatedAt;
}

export interface CycleRulesTable {
  cycle_id: string;
  reciprocity_tolerance: number | null;
}

export interface CycleOrganisationExclusionsTable {
  cycle_id: string;
  organisation_a: string;
  organisation_b: string;
}

export interface CycleForbiddenPairsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  reason: string;
  source: 'rule' | 'board';
}

export interface CyclePinsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
}

export interface MatchRunsTable {
  id: Generated<string>;
  cycle_id: string;
  number: number;
  mode: 'optimal' | 'stable';
  status: 'running' | 'done' | 'failed';
  engine_version: string;
  input: Json<unknown>;
  mentees: number;
  mentors: number;
  matched: number | null;
  unmatched: number | null;
  total_score: number | null;
  mean_score: number | null;
  criterion_averages: Json<Record<string, number>> | null;
  blocking_pairs: number | null;
  progress: Json<{ phase: string; done: number; total: number }> | null;
  error: string | null;
  started_by: string | null;
  started_at: CreatedAt;
  finished_at: Date | null;
}

export interface MatchRunPairsTable {
  run_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  contributions: Json<{ criterion: string; points: number }[]>;
  reasons: string[];
  pinned: boolean;
}

export interface MatchRunUnmatchedTable {
  run_id: string;
  mentee_id: string;
  reasons: string[];
}

export interface CycleDraftsTable {
  cycle_id: string;
  run_id: string | null;
  version: Generated<number>;
  status: Generated<'editing' | 'in_approval' | 'published'>;
  sent_for_approval_at: Date | null;
  published_at: Date | null;
}

export interface DraftProposalsTable {
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  contributions: Json<{ criterion: string; points: number }[]>;
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

export type GoalState = 'not_started' | 'on_track' | 'at_risk' | 'achieved' | 'dropped';
export type MeetingFormat = 'in_person' | 'video' | 'phone';

export interface AgreementsTable {
  id: Generated<string>;
  tandem_id: string;
  version: number;
  /** The goals as agreed in this version: id, title and success measure of each. */
  goals: Json<{ goalId: string; title: string; successMeasure: string }[]>;
  cadence_days: number;
  meeting_format: MeetingFormat;
  confidentiality: string;
  edited_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  mentee_signed_at: Date | null;
  mentor_signed_at: Date | null;
}

export interface GoalsTable {
  id: Generated<string>;
  tandem_id: string;
  position: number;
  title: string;
  success_measure: string;
  state: Generated<GoalState>;
  state_comment: Generated<string>;
  removed_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface GoalMilestonesTable {
  id: Generated<string>;
  goal_id: string;
  title: string;
  due_on: string | null;
  done_at: Date | null;
  created_at: CreatedAt;
}

export interface GoalEventsTable {
  id: Generated<number>;
  tandem_id: string;
  goal_id: string | null;
  author_id: string | null;
  kind: string;
  state: GoalState | null;
  comment: Generated<string>;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  occurred_at: CreatedAt;
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
  held_at: Date | null;
  /** When the last calendar invitation went out; null while none did. */
  calendar_sent_at: Date | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface MeetingPrivateNotesTable {
  meeting_id: string;
  author_id: string;
  body: string;
  updated_at: UpdatedAt;
}

export type SurveyKind = 'midterm' | 'final' | 'follow_up';

export interface SurveysTable {
  id: Generated<string>;
  cycle_id: string;
  kind: SurveyKind;
  role: 'mentor' | 'mentee';
  title: string;
  opens_on: string;
  closes_on: string;
  questions: Json<unknown[]>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface SurveyResponsesTable {
  survey_id: string;
  participant_id: string;
  answers: Json<Record<string, unknown>>;
  submitted_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface RemindersSentTable {
  key: string;
  sent_at: CreatedAt;
}

export interface TandemsTable {
  id: Generated<string>;
  cycle_id: string;
  mentee_id: string;
  mentor_id: string;
  score: number;
  reasons: string[];
  published_at: CreatedAt;
  dissolved_at: Date | null;
  dissolved_reason: string | null;
}

export interface Database {
  organisations: OrganisationsTable;
  organisation_competitors: OrganisationCompetitorsTable;
  cycles: CyclesTable;
  cycle_organisations: CycleOrganisationsTable;
  people: PeopleTable;
  participants: ParticipantsTable;
  accounts: AccountsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  invitations: InvitationsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  cycle_questionnaires: CycleQuestionnairesTable;
  cycle_rules: CycleRulesTable;
  cycle_organisation_exclusions: CycleOrganisationExclusionsTable;
  cycle_forbidden_pairs: CycleForbiddenPairsTable;
  cycle_pins: CyclePinsTable;
  match_runs: MatchRunsTable;
  match_run_pairs: MatchRunPairsTable;
  match_run_unmatched: MatchRunUnmatchedTable;
  cycle_drafts: CycleDraftsTable;
  draft_proposals: DraftProposalsTable;
  draft_unmatched: DraftUnmatchedTable;
  tandems: TandemsTable;
  agreements: AgreementsTable;
  goals: GoalsTable;
  goal_milestones: GoalMilestonesTable;
  goal_events: GoalEventsTable;
  meetings: MeetingsTable;
  meeting_private_notes: MeetingPrivateNotesTable;
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  reminders_sent: RemindersSentTable;
}

export type Db = Kysely<Database>;
/** An open transaction: what a function takes when it writes more than once or locks a row. */
export type Trx = Transaction<Database>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;
