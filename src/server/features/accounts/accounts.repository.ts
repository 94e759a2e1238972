import type { Account, AccountRole } from '../../../shared/contract/auth.ts';
import type { Queryable } from '../../db/database.ts';

export interface AccountWithSecret extends Account {
  passwordHash: string | null;
}

function accountQuery(db: Queryable) {
  return db
    .selectFrom('accounts')
    .leftJoin('people', 'people.id', 'accounts.person_id')
    .leftJoin('organisations', (join) =>
      join.onRef('organisations.id', '=', (eb) =>
        eb.fn.coalesce('accounts.organisation_id', 'people.organisation_id'),
      ),
    )
    .select([
      'accounts.id',
      'accounts.email',
      'accounts.name',
      'accounts.role',
      'accounts.person_id',
      'accounts.disabled',
      'accounts.password_hash',
      'accounts.mail_language',
      'accounts.language_chosen_at',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
    ]);
}

type AccountRow = Awaited<ReturnType<ReturnType<typeof accountQuery>['executeTakeFirstOrThrow']>>;

function toAccount(row: AccountRow): AccountWithSecret {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    personId: row.person_id,
    disabled: row.disabled,
    language: row.language_chosen_at ? row.mail_language : null,
    passwordHash: row.password_hash,
  };
}

export async function findAccountByEmail(db: Queryable, email: string): Promise<AccountWithSecret | null> {
  const row = await accountQuery(db).where('accounts.email', '=', email.toLowerCase()).executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function findAccountById(db: Queryable, id: string): Promise<AccountWithSecret | null> {
  const row = await accountQuery(db).where('accounts.id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : null;
}

export async function listAccounts(
  db: Queryable,
  filter: { organisationId?: string; role?: AccountRole } = {},
) {
  let q = accountQuery(db).orderBy('accounts.role').orderBy('accounts.name');
  if (filter.organisationId) q = q.where('accounts.organisation_id', '=', filter.organisationId);
  if (filter.role) q = q.where('accounts.role', '=', filter.role);
  return (await q.execute()).map(toAccount);
}

export async function countAccounts(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAccount(
  db: Queryable,
  values: {
    email: string;
    name: string;
    passwordHash: string | null;
    role: AccountRole;
    organisationId?: string | null;
    personId?: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('accounts')
    .values({
      email: values.email.toLowerCase(),
      name: values.name,
      password_hash: values.passwordHash,
      role: values.role,
      organisation_id: values.organisationId ?? null,
      person_id: values.personId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAccount(
  db: Queryable,
  id: string,
  changes: {
    role?: AccountRole;
    disabled?: boolean;
    passwordHash?: string;
    name?: string;
    lastSignInAt?: Date;
  },
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      ...(changes.role !== undefined ? { role: changes.role } : {}),
      ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
      ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.lastSignInAt !== undefined ? { last_sign_in_at: changes.lastSignInAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function changeAccountEmailOfPerson(
  db: Queryable,
  personId: string,
  email: string,
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ email: email.toLowerCase() })
    .where('person_id', '=', personId)
    .execute();
}
