import type {
  Agreement,
  AgreementInput,
  AgreementVersion,
  TandemSettings,
} from '../../../shared/contract/agreements.ts';
import { errorsAgreementsMessages } from '../../../shared/i18n/errors-agreements.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { requireTandemMember, type TandemMembership, tandemLink } from '../tandems/tandems.service.ts';
import {
  agreementAwaitsSignatureMail,
  agreementChangedMail,
  agreementSignedMail,
} from './agreements.mail.ts';
import { agreementAbilities, maySaveAgreement, maySignAgreement } from './agreements.policy.ts';
import {
  type AgreementContent,
  type AgreementGoal,
  type AgreementRow,
  findCycleTandemSettings,
  insertAgreementVersion,
  insertGoal,
  insertGoalEvent,
  listAgreementVersions,
  listGoals,
  lockCycleTandemSettingsVersion,
  lockNewestAgreement,
  signAgreementVersion,
  updateAgreementVersion,
  updateCycleTandemSettings,
  updateGoal,
} from './agreements.repository.ts';

const say = messagesOf(errorsAgreementsMessages);

const staleAgreement = (currentVersion: number) => staleVersion(say('agreementChanged'), currentVersion);

function presentVersion(row: AgreementRow): AgreementVersion {
  return {
    version: row.version,
    goals: row.goals,
    cadenceDays: row.cadence_days,
    meetingFormat: row.meeting_format,
    confidentiality: row.confidentiality,
    editedBy:
      row.edited_by && row.edited_by_name ? { participantId: row.edited_by, name: row.edited_by_name } : null,
    savedAt: row.updated_at.toISOString(),
    menteeSignedAt: row.mentee_signed_at?.toISOString() ?? null,
    mentorSignedAt: row.mentor_signed_at?.toISOString() ?? null,
  };
}

/** The member as the agreement's rules see them. */
export function agreementMember(m: TandemMembership) {
  return { mayChangeTandem: m.mayChange };
}

async function presentAgreement(db: Queryable, m: TandemMembership): Promise<Agreement> {
  const { mentee, mentor } = m;
  const base = {
    tandemId: m.tandem.id,
    mentee: { participantId: mentee.participantId, name: mentee.name },
    mentor: { participantId: mentor.participantId, name: mentor.name },
    viewerSide: m.side,
  };
  const [newest, ...older] = (await listAgreementVersions(db, m.tandem.id)).map(presentVersion);
  if (!newest) {
    // Reading never writes: until the tandem saves, it sees a draft from the cycle's defaults.
    const settings = await findCycleTandemSettings(db, m.tandem.cycle_id);
    return {
      ...base,
      status: 'not_saved',
      current: {
        version: 0,
        goals: [],
        cadenceDays: settings.meeting_cadence_days,
        meetingFormat: 'in_person',
        confidentiality: settings.confidentiality_text,
        editedBy: null,
        savedAt: null,
        menteeSignedAt: null,
        mentorSignedAt: null,
      },
      history: [],
      viewerMustSignAgain: false,
      can: agreementAbilities(agreementMember(m), { saved: false, signedByMember: false }),
    };
  }
  const signedBy = (v: AgreementVersion, side: 'mentee' | 'mentor') =>
    (side === 'mentee' ? v.menteeSignedAt : v.mentorSignedAt) !== null;
  const signatures = Number(signedBy(newest, 'mentee')) + Number(signedBy(newest, 'mentor'));
  return {
    ...base,
    status: signatures === 2 ? 'signed' : signatures === 1 ? 'partly_signed' : 'unsigned',
    current: newest,
    history: older,
    viewerMustSignAgain: !signedBy(newest, m.side) && older.some((v) => signedBy(v, m.side)),
    can: agreementAbilities(agreementMember(m), { saved: true, signedByMember: signedBy(newest, m.side) }),
  };
}

export async function readAgreement(db: Queryable, actor: Actor, tandemId: string): Promise<Agreement> {
  return presentAgreement(db, await requireTandemMember(db, actor, tandemId));
}

function sameContent(stored: AgreementContent, input: AgreementInput) {
  return (
    stored.cadenceDays === input.cadenceDays &&
    stored.meetingFormat === input.meetingFormat &&
    stored.confidentiality === input.confidentiality &&
    stored.goals.length === input.goals.length &&
    stored.goals.every((g, i) => {
      const other = input.goals[i]!;
      return (
        g.goalId === other.goalId && g.title === other.title && g.successMeasure === other.successMeasure
      );
    })
  );
}

/**
 * Saves the agreement the tandem drafted. A version nobody signed yet is changed in place; a
 * signed one is kept as history and the change becomes a new version that both sign again.
 * The goals listed become the tandem's live goals; goals left out are kept, marked as removed.
 */
export async function saveAgreement(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  input: AgreementInput,
  now: Date,
  origin: string,
): Promise<Agreement> {
  const m = await requireTandemMember(trx, actor, tandemId, { forWriting: true });
  enforce(maySaveAgreement(agreementMember(m)));
  const newest = await lockNewestAgreement(trx, tandemId);
  if (
    (newest?.version ?? 0) !== input.version ||
    (newest && newest.updated_at.toISOString() !== input.savedAt)
  ) {
    throw staleAgreement(newest?.version ?? 0);
  }
  if (
    newest &&
    sameContent(
      {
        goals: newest.goals,
        cadenceDays: newest.cadence_days,
        meetingFormat: newest.meeting_format,
        confidentiality: newest.confidentiality,
      },
      input,
    )
  ) {
    // Saving what is already there must not cost the signatures.
    return presentAgreement(trx, m);
  }

  const live = new Map((await listGoals(trx, tandemId)).map((g) => [g.id, g]));
  for (const goal of input.goals) {
    if (goal.goalId && !live.has(goal.goalId)) throw notFound('goal');
  }
  const author = m.me.participantId;
  const event = (e: Omit<Parameters<typeof insertGoalEvent>[1], 'tandemId' | 'authorId' | 'now'>) =>
    insertGoalEvent(trx, { tandemId, authorId: author, now, ...e });

  const goals: AgreementGoal[] = [];
  for (const [position, goal] of input.goals.entries()) {
    const existing = goal.goalId ? live.get(goal.goalId) : undefined;
    if (existing) {
      const edited = existing.title !== goal.title || existing.success_measure !== goal.successMeasure;
      if (edited || existing.position !== position) {
        await updateGoal(trx, existing.id, {
          position,
          title: goal.title,
          successMeasure: goal.successMeasure,
          now,
        });
      }
      if (edited) {
        await event({
          kind: 'goal.edited',
          goalId: existing.id,
          details: {
            goalTitle: goal.title,
            ...(existing.title !== goal.title ? { formerTitle: existing.title } : {}),
          },
        });
      }
      goals.push({ goalId: existing.id, title: goal.title, successMeasure: goal.successMeasure });
    } else {
      const goalId = await insertGoal(trx, {
        tandemId,
        position,
        title: goal.title,
        successMeasure: goal.successMeasure,
        now,
      });
      await event({ kind: 'goal.added', goalId, details: { goalTitle: goal.title } });
      goals.push({ goalId, title: goal.title, successMeasure: goal.successMeasure });
    }
  }
  const kept = new Set(goals.map((g) => g.goalId));
  for (const goal of live.values()) {
    if (kept.has(goal.id)) continue;
    await updateGoal(trx, goal.id, { removedAt: now, now });
    await event({ kind: 'goal.removed', goalId: goal.id, details: { goalTitle: goal.title } });
  }

  const content = {
    goals,
    cadenceDays: input.cadenceDays,
    meetingFormat: input.meetingFormat,
    confidentiality: input.confidentiality,
  };
  const signed = newest && (newest.mentee_signed_at || newest.mentor_signed_at);
  let version: number;
  if (newest && !signed) {
    version = newest.version;
    await updateAgreementVersion(trx, newest.id, { ...content, editedBy: author, now });
  } else {
    version = (newest?.version ?? 0) + 1;
    await insertAgreementVersion(trx, { ...content, tandemId, version, editedBy: author, now });
  }
  await event({ kind: 'agreement.saved', details: { agreementVersion: version } });

  const editor = m.side === 'mentee' ? m.tandem.mentee_name : m.tandem.mentor_name;
  await enqueueMail(trx, {
    to: m.partner.email,
    kind: 'agreement.changed',
    digestible: true,
    text: agreementChangedMail({ name: m.partner.name, editor, version, link: tandemLink(origin, tandemId) }),
  });
  return presentAgreement(trx, m);
}

/** One side's signature on the version they read; signing it again changes nothing. */
export async function signAgreement(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  read: { version: number; savedAt: string },
  now: Date,
  origin: string,
): Promise<Agreement> {
  const m = await requireTandemMember(trx, actor, tandemId, { forWriting: true });
  const found = await lockNewestAgreement(trx, tandemId);
  enforce(maySignAgreement(agreementMember(m), { saved: found !== undefined }));
  const newest = found!; // the rule refuses an agreement that was never saved
  if (newest.version !== read.version || newest.updated_at.toISOString() !== read.savedAt) {
    throw staleAgreement(newest.version);
  }
  const version = newest.version;
  // Signing again what one signed already changes nothing.
  const own = m.side === 'mentee' ? newest.mentee_signed_at : newest.mentor_signed_at;
  if (own) return presentAgreement(trx, m);

  const after = await signAgreementVersion(trx, newest.id, m.side, now);
  await insertGoalEvent(trx, {
    tandemId,
    authorId: m.me.participantId,
    kind: 'agreement.signed',
    details: { agreementVersion: version },
    now,
  });
  const link = tandemLink(origin, tandemId);
  const { mentee, mentor } = m;
  if (after.mentee_signed_at && after.mentor_signed_at) {
    for (const [person, partner] of [
      [mentee, mentor],
      [mentor, mentee],
    ] as const) {
      await enqueueMail(trx, {
        to: person.email,
        kind: 'agreement.signed',
        digestible: true,
        text: agreementSignedMail({ name: person.name, partner: partner.name, link }),
      });
    }
  } else {
    const signer = m.side === 'mentee' ? mentee : mentor;
    await enqueueMail(trx, {
      to: m.partner.email,
      kind: 'agreement.awaits_signature',
      digestible: true,
      text: agreementAwaitsSignatureMail({ name: m.partner.name, signer: signer.name, link }),
    });
  }
  return presentAgreement(trx, m);
}

/** The defaults a cycle's new agreements start with; staff of the cycle may read them. */
export async function readTandemSettings(
  db: Queryable,
  actor: Actor,
  cycleId: string,
): Promise<TandemSettings> {
  await getVisibleCycle(db, actor, cycleId);
  const row = await findCycleTandemSettings(db, cycleId);
  return {
    meetingCadenceDays: row.meeting_cadence_days,
    confidentialityText: row.confidentiality_text,
    version: row.tandem_settings_version,
  };
}

/** Changes the defaults for agreements drafted from now on; saved agreements keep their terms. */
export async function changeTandemSettings(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  settings: TandemSettings,
  now: Date,
): Promise<TandemSettings> {
  await getVisibleCycle(trx, actor, cycleId);
  const current = await lockCycleTandemSettingsVersion(trx, cycleId);
  if (current === undefined) throw notFound('cycle');
  if (current !== settings.version) throw staleVersion(say('tandemSettingsChanged'), current);
  await updateCycleTandemSettings(trx, cycleId, settings, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.tandem_settings_changed',
    targetType: 'cycle',
    targetId: cycleId,
    details: { meetingCadenceDays: settings.meetingCadenceDays },
  });
  return readTandemSettings(trx, actor, cycleId);
}
