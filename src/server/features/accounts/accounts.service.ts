import type { Account, ManagedAccount, UpdateAccount } from '../../../shared/contract/auth.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { endSessionsOfAccount } from '../auth/auth.service.ts';
import { accountAbilities, mayChangeRole, mayDisable } from './accounts.policy.ts';
import {
  type AccountWithSecret,
  changeAccountEmailOfPerson,
  countAccounts,
  findAccountByEmail,
  findAccountById,
  insertAccount,
  listAccounts,
  updateAccount,
} from './accounts.repository.ts';

/** An account as its owner and staff see it: everything but the password hash. */
export function publicAccount(account: AccountWithSecret): Account {
  const { passwordHash: _secret, ...rest } = account;
  return rest;
}

/** An account as the coordinator manages it: with the changes they may make to it. */
function managedAccount(actor: Actor, account: AccountWithSecret): ManagedAccount {
  const shown = publicAccount(account);
  return { ...shown, can: accountAbilities(actor, shown) };
}

export async function listAllAccounts(db: Queryable, actor: Actor) {
  return (await listAccounts(db)).map((account) => managedAccount(actor, account));
}

/** Role changes and (de)activation by the coordinator; the installation always keeps an active coordinator. */
export async function changeAccount(trx: Trx, actor: Actor, id: string, changes: UpdateAccount) {
  const account = await findAccountById(trx, id);
  if (!account) throw notFound('account');
  if (changes.disabled === true) enforce(mayDisable(actor, account));
  if (changes.role !== undefined) enforce(mayChangeRole(actor, account, changes.role));
  if (changes.role !== undefined && changes.role !== account.role) {
    await updateAccount(trx, id, { role: changes.role });
    await recordAudit(trx, auditContext(actor, null), {
      action: 'account.role_changed',
      targetType: 'account',
      targetId: id,
      details: { from: account.role, to: changes.role },
    });
  }
  if (changes.disabled !== undefined && changes.disabled !== account.disabled) {
    await updateAccount(trx, id, { disabled: changes.disabled });
    if (changes.disabled) await endSessionsOfAccount(trx, id);
    await recordAudit(trx, auditContext(actor, null), {
      action: changes.disabled ? 'account.disabled' : 'account.enabled',
      targetType: 'account',
      targetId: id,
    });
  }
  return managedAccount(actor, (await findAccountById(trx, id))!);
}

/** An account as `publicAccount` shows it, e.g. the signed-in user's own. */
export async function readAccount(db: Queryable, id: string): Promise<Account> {
  const account = await findAccountById(db, id);
  if (!account) throw notFound('account');
  return publicAccount(account);
}

/** The account an address signs in to, with its password hash; null when there is none. */
export function findSignInAccount(db: Queryable, email: string): Promise<AccountWithSecret | null> {
  return findAccountByEmail(db, email);
}

/** Whether an address has an account already: each address signs in to one account. */
export async function emailHasAccount(db: Queryable, email: string): Promise<boolean> {
  return (await findAccountByEmail(db, email)) !== null;
}

/** Whether the installation has an account yet; until it has, it needs setting up. */
export async function anyAccountExists(db: Queryable): Promise<boolean> {
  return (await countAccounts(db)) > 0;
}

/**
 * A new account, for setup and an accepted invitation; the caller checks the address is free and
 * records in the audit log why the account exists.
 */
export function addAccount(db: Queryable, fields: Parameters<typeof insertAccount>[1]): Promise<string> {
  return insertAccount(db, fields);
}

/** Notes when the account last signed in. */
export async function noteSignIn(db: Queryable, accountId: string, now: Date): Promise<void> {
  await updateAccount(db, accountId, { lastSignInAt: now });
}

/** Sets an account's password (a hash `hashNewPassword` made), e.g. after a password reset. */
export async function setAccountPassword(
  db: Queryable,
  accountId: string,
  passwordHash: string,
): Promise<void> {
  await updateAccount(db, accountId, { passwordHash });
}

/** A participant signs in with their profile's email; their account, if they have one, follows a change. */
export async function followEmailChange(db: Queryable, personId: string, email: string): Promise<void> {
  await changeAccountEmailOfPerson(db, personId, email);
}
