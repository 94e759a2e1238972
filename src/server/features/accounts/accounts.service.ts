import type { UpdateAccount } from '../../../shared/contract/auth.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { deleteSessionsOfAccount } from '../auth/sessions.repository.ts';
import { findAccountById, listAccounts, publicAccount, updateAccount } from './accounts.repository.ts';

export async function listAllAccounts(db: Queryable) {
  return (await listAccounts(db)).map(publicAccount);
}

/** Role changes and (de)activation by the coordinator; the installation always keeps an active coordinator. */
export async function changeAccount(db: Queryable, actor: Actor, id: string, changes: UpdateAccount) {
  const account = await findAccountById(db, id);
  if (!account) throw notFound('The account');
  if (id === actor.accountId && (changes.disabled === true || changes.role === 'organisation_contact')) {
    throw conflict('You cannot disable or demote your own account; ask another coordinator.');
  }
  if (changes.role !== undefined && changes.role !== account.role) {
    if (account.role === 'participant') {
      throw new AppError('validation_failed', 'A participant account cannot change role.', [
        { path: 'role', message: 'cannot change for a participant' },
      ]);
    }
    if (changes.role === 'organisation_contact' && !account.organisationId) {
      throw new AppError(
        'validation_failed',
        'An organisation contact needs an organisation; invite them instead.',
        [{ path: 'role', message: 'needs an organisation' }],
      );
    }
    await updateAccount(db, id, { role: changes.role });
    await recordAudit(db, auditContext(actor, null), {
      action: 'account.role_changed',
      targetType: 'account',
      targetId: id,
      details: { from: account.role, to: changes.role },
    });
  }
  if (changes.disabled !== undefined && changes.disabled !== account.disabled) {
    await updateAccount(db, id, { disabled: changes.disabled });
    if (changes.disabled) await deleteSessionsOfAccount(db, id);
    await recordAudit(db, auditContext(actor, null), {
      action: changes.disabled ? 'account.disabled' : 'account.enabled',
      targetType: 'account',
      targetId: id,
    });
  }
  return publicAccount((await findAccountById(db, id))!);
}
