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
}

export type Db = Kysely<Database>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;
