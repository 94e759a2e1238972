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
}

export interface OutboxTable {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Generated<Date>;
  last_error: string | null;
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
}

export type Db = Kysely<Database>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;
