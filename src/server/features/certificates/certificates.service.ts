import type {
  CertificateState,
  CycleCertificate,
  MyCertificate,
} from '../../../shared/contract/certificates.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { today } from '../../dates.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import {
  certificateState,
  mayReadCertificate,
  mayReissueCertificate,
  mayWithholdCertificate,
} from './certificates.policy.ts';
import {
  ensureCertificate,
  findParticipation,
  findSigningCoordinator,
  listCycleParticipationsWithTandems,
  listPersonParticipations,
  listTandemEnds,
  lockParticipation,
  markReissued,
  markWithheld,
  type ParticipationRow,
} from './certificates.repository.ts';

// Certificates of participation (decision 0024): who completed a closed cycle downloads one; the
// coordinator withholds or reissues it. Every download, withholding and reissue is audited.

type TandemEnds = Awaited<ReturnType<typeof listTandemEnds>>;

function stateOf(row: ParticipationRow, ends: TandemEnds): CertificateState {
  return certificateState(
    {
      cycle: { status: row.cycle_status, startsOn: row.starts_on, endsOn: row.ends_on },
      tandems: ends.get(row.id) ?? [],
    },
    row.withheld_at !== null,
  );
}

/** The number printed: the serial, for good, and the version, raised by each reissue. */
export function certificateNumber(serial: string | number | bigint, version: number): string {
  return `CM-${String(serial).padStart(6, '0')}-${version}`;
}

function present(actor: Actor, row: ParticipationRow, state: CertificateState): CycleCertificate {
  const numbered = row.serial !== null && row.version !== null;
  return {
    participantId: row.id,
    name: row.name,
    role: row.role,
    organisationName: row.organisation_name,
    state,
    number: numbered ? certificateNumber(row.serial!, row.version!) : null,
    reissues: numbered ? row.version! - 1 : 0,
    withheldAt: row.withheld_at?.toISOString() ?? null,
    withheldReason: row.withheld_reason,
    can: {
      withhold: mayWithholdCertificate(actor, state).allowed,
      reissue: mayReissueCertificate(actor, state, numbered).allowed,
    },
  };
}

/** A participant's own certificates, one per participation. */
export async function listMyCertificates(db: Queryable, actor: Actor): Promise<MyCertificate[]> {
  if (!actor.personId) return [];
  const rows = await listPersonParticipations(db, actor.personId);
  const ends = await listTandemEnds(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    participantId: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    state: stateOf(row, ends),
  }));
}

/** The cycle's certificates for the coordinator: every participation that had a tandem. */
export async function listCycleCertificates(db: Queryable, actor: Actor, cycleId: string) {
  await getVisibleCycle(db, actor, cycleId);
  const rows = await listCycleParticipationsWithTandems(db, cycleId);
  const ends = await listTandemEnds(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => present(actor, row, stateOf(row, ends)));
}

async function loadParticipation(db: Queryable, participantId: string) {
  const row = await findParticipation(db, participantId);
  if (!row) throw notFound('participant');
  const ends = await listTandemEnds(db, [row.id]);
  return { row, state: stateOf(row, ends) };
}

/**
 * The certificate as a PDF, in `language` (the page's), else the participant's own language. Its
 * number is given at the first download and kept until a reissue.
 */
export async function certificatePdf(
  trx: Trx,
  actor: Actor,
  participantId: string,
  now: Date,
  language: UiLanguage | undefined,
) {
  const first = await loadParticipation(trx, participantId);
  enforce(
    mayReadCertificate(
      actor,
      { personId: first.row.person_id, organisationId: first.row.organisation_id },
      first.state,
    ),
  );
  await ensureCertificate(trx, participantId, now);
  const row = (await findParticipation(trx, participantId))!;
  const coordinatorName = (await findSigningCoordinator(trx, row.cycle_id)) ?? '';
  const number = certificateNumber(row.serial!, row.version!);
  const pdf = await renderCertificatePdf(
    {
      name: row.name,
      role: row.role,
      cycleName: row.cycle_name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      organisationName: row.organisation_name,
      coordinatorName,
      issuedOn: today(row.issued_at!),
      number,
    },
    language ?? row.account_language ?? row.person_language,
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'certificate.downloaded',
    targetType: 'participant',
    targetId: participantId,
    details: { cycleId: row.cycle_id, number },
  });
  return { pdf, name: row.name, cycleName: row.cycle_name };
}

export async function withholdCertificate(
  trx: Trx,
  actor: Actor,
  participantId: string,
  reason: string,
  now: Date,
): Promise<CycleCertificate> {
  await lockParticipation(trx, participantId);
  const { state } = await loadParticipation(trx, participantId);
  enforce(mayWithholdCertificate(actor, state));
  await ensureCertificate(trx, participantId, now);
  await markWithheld(trx, participantId, { reason, accountId: actor.accountId, now });
  await recordAudit(trx, auditContext(actor, null), {
    action: 'certificate.withheld',
    targetType: 'participant',
    targetId: participantId,
    details: { reason },
  });
  const after = await loadParticipation(trx, participantId);
  return present(actor, after.row, after.state);
}

export async function reissueCertificate(
  trx: Trx,
  actor: Actor,
  participantId: string,
  now: Date,
): Promise<CycleCertificate> {
  await lockParticipation(trx, participantId);
  const { row, state } = await loadParticipation(trx, participantId);
  enforce(mayReissueCertificate(actor, state, row.serial !== null));
  await markReissued(trx, participantId, now);
  const after = await loadParticipation(trx, participantId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'certificate.reissued',
    targetType: 'participant',
    targetId: participantId,
    details: {
      from: certificateNumber(row.serial!, row.version!),
      to: certificateNumber(after.row.serial!, after.row.version!),
      liftedWithholding: row.withheld_at !== null,
    },
  });
  return present(actor, after.row, after.state);
}
