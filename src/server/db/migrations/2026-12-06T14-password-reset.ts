import { type Kysely, sql } from 'kysely';

// "Forgot your password?": a one-time link, valid 30 minutes, mailed to the account's address. Only
// the token's hash is kept. Every request is a row, whether or not an account has the address, so
// requests can be rate-limited per address and per IP address without telling which addresses exist.
const statements = [
  sql`create table password_reset_tokens (
    id uuid primary key default gen_random_uuid(),
    token_hash text not null unique,
    account_id uuid not null references accounts(id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz,
    superseded_at timestamptz
  )`,
  sql`comment on table password_reset_tokens is 'Password reset links: one-time, valid until expires_at; a newer request for the account supersedes the older unused ones.'`,
  sql`comment on column password_reset_tokens.token_hash is 'SHA-256 (hex) of the token in the link; the token itself is only in the mail.'`,
  sql`create index password_reset_tokens_account_idx on password_reset_tokens (account_id)`,

  sql`create table password_reset_requests (
    id bigint generated always as identity primary key,
    email text not null,
    ip text not null,
    requested_at timestamptz not null
  )`,
  sql`comment on table password_reset_requests is 'Every password reset request, known address or not: the rate limit counts them per address and per IP address.'`,
  sql`create index password_reset_requests_email_idx on password_reset_requests (email, requested_at)`,
  sql`create index password_reset_requests_ip_idx on password_reset_requests (ip, requested_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The password reset migration cannot be reverted');
}
