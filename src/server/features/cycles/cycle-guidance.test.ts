import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createOrganisation,
  createParticipant,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { testActor } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { publishDraft } from '../tandems/tandems.service.ts';
import { readCycleChecklist } from './cycles.service.ts';

// The cycle's phases guide the coordinator: publishing starts the tandem year, the checklist counts
// each step from the data, and contacts who have not decided can be reminded.

let t: TestApp;
let c: Consortium;
let mentorB: { personId: string; participantId: string };
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bea Mentor',
    email: 'bea@beta.example',
  });
});
afterEach(() => t.close());

const coordinator = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  callApi(t, c.cookies.coordinator, method, url, payload);

async function setCycleStatus(status: CycleStatus) {
  await t.db.updateTable('cycles').set({ status }).where('id', '=', c.cycleId).execute();
}

async function cycleStatus() {
  return (
    await t.db.selectFrom('cycles').select('status').where('id', '=', c.cycleId).executeTakeFirstOrThrow()
  ).status;
}

/** A draft with the organisations: Mia (A) with Bea, Ben (B) with Mona, approvals as given. */
async function draftInApproval(
  approvals: { mia: 'pending' | 'approved' | 'change_requested'; ben: 'pending' | 'approved' },
  extra: { menteeId: string; mentorId: string }[] = [],
) {
  await t.db
    .insertInto('cycle_drafts')
    .values({ cycle_id: c.cycleId, run_id: null, status: 'in_approval' })
    .execute();
  const proposal = (
    menteeId: string,
    mentorId: string,
    approval: 'pending' | 'approved' | 'change_requested',
  ) => ({
    cycle_id: c.cycleId,
    mentee_id: menteeId,
    mentor_id: mentorId,
    score: 60,
    contributions: '[]',
    reasons: ['shares goals: negotiation'],
    source: 'engine' as const,
    approval,
  });
  await t.db
    .insertInto('draft_proposals')
    .values([
      proposal(c.menteeA.participantId, mentorB.participantId, approvals.mia),
      proposal(c.menteeB.participantId, c.mentorA.participantId, approvals.ben),
      ...extra.map((e) => proposal(e.menteeId, e.mentorId, 'pending')),
    ])
    .execute();
}

describe('sending the draft to approval is the matching phase', () => {
  it('moves a cycle open for nominations to matching, audited, so profile reminders stop', async () => {
    await setCycleStatus('open');
    await draftInApproval({ mia: 'pending', ben: 'pending' });
    await t.db
      .updateTable('cycle_drafts')
      .set({ status: 'editing' })
      .where('cycle_id', '=', c.cycleId)
      .execute();

    const sent = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/send-for-approval`, {
      version: 0,
    });

    expect(sent.status).toBe(200);
    expect(await cycleStatus()).toBe('matching');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('target_id', '=', c.cycleId)
      .where('action', '=', 'cycle.status_changed')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ from: 'open', to: 'matching', because: 'draft sent for approval' }),
    ]);

    // While the organisations decide, nominations do not reopen (their reminders would restart).
    const back = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/status`, { status: 'open' });
    expect(back.status).toBe(409);
    expect(back.body.error.message).toMatch(/The draft is with the organisations for approval/);
    expect(await cycleStatus()).toBe('matching');
  });
});

describe('publishing starts the tandem year', () => {
  it('moves a cycle open for nominations to running with the tandems, and says so', async () => {
    await setCycleStatus('open');
    await draftInApproval({ mia: 'approved', ben: 'pending' });

    const published = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/publish`, { version: 0 });

    expect(published.status).toBe(200);
    expect(published.body).toEqual({ published: 1, remaining: 1, cycleStatus: 'running' });
    expect(await cycleStatus()).toBe('running');
    const cycle = await coordinator('GET', `/api/v1/cycles/${c.cycleId}`);
    expect(cycle.body.status).toBe('running');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('target_id', '=', c.cycleId)
      .where('action', '=', 'cycle.status_changed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ from: 'open', to: 'running' });

    // The year runs: stepping back would silently stop the tandems' reminders, so it is refused.
    const back = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/status`, { status: 'matching' });
    expect(back.status).toBe(409);
    expect(back.body.error.message).toMatch(/This cycle is running with 1 active tandem/);
    expect(await cycleStatus()).toBe('running');
  });

  it('starts the year in the publishing transaction when called as a service', async () => {
    await setCycleStatus('matching');
    await draftInApproval({ mia: 'approved', ben: 'approved' });
    const actor = { ...testActor('coordinator'), accountId: c.accounts.coordinator };

    const result = await t.db
      .transaction()
      .execute((trx) => publishDraft(trx, actor, c.cycleId, 0, t.clock.now(), 'https://cm.example'));

    expect(result).toEqual({ published: 2, remaining: 0, cycleStatus: 'running' });
    expect(await cycleStatus()).toBe('running');
  });

  it('refuses to publish in a closed cycle, naming its phase, and publishes nothing', async () => {
    await setCycleStatus('closed');
    await draftInApproval({ mia: 'approved', ben: 'approved' });

    const refused = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/publish`, { version: 0 });

    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/This cycle is closed/);
    const tandems = await t.db.selectFrom('tandems').select('id').where('cycle_id', '=', c.cycleId).execute();
    expect(tandems).toEqual([]);
    expect(await cycleStatus()).toBe('closed');
  });
});

describe('the cycle checklist', () => {
  it('asks to open a draft cycle for nominations, since profile reminders wait for it', async () => {
    await setCycleStatus('draft');

    const checklist = await readCycleChecklist(t.db, testActor('coordinator'), c.cycleId);

    expect(checklist.next).toMatchObject({
      key: 'nominations',
      action: 'Open the cycle for nominations',
      link: `/cycles/${c.cycleId}`,
    });
  });

  it('counts each step from the data and names the next step with where it is done', async () => {
    await setCycleStatus('open');
    await t.db
      .updateTable('participants')
      .set({ profile_completed_at: t.clock.now() })
      .where('id', 'in', [c.menteeA.participantId, mentorB.participantId])
      .execute();
    await draftInApproval({ mia: 'approved', ben: 'pending' });

    const checklist = await readCycleChecklist(t.db, testActor('coordinator'), c.cycleId);

    const byKey = Object.fromEntries(checklist.steps.map((s) => [s.key, s]));
    expect(checklist.steps.map((s) => s.key)).toEqual([
      'organisations',
      'contacts',
      'nominations',
      'participants',
      'questionnaire',
      'profiles',
      'rules',
      'matching',
      'approval',
      'publication',
      'agreements',
    ]);
    expect(byKey.organisations).toMatchObject({ complete: true, done: 2 });
    expect(byKey.nominations).toMatchObject({ complete: true, summary: 'Opened' });
    expect(byKey.contacts).toMatchObject({ complete: true, done: 2, total: 2 });
    expect(byKey.participants).toMatchObject({
      complete: true,
      summary: '2 mentees and 2 mentors nominated',
    });
    expect(byKey.profiles).toMatchObject({
      complete: false,
      done: 2,
      total: 4,
      summary: '2 of 4 profiles finished',
      action: 'Send reminders',
      link: `/cycles/${c.cycleId}/profiles`,
    });
    expect(byKey.matching).toMatchObject({ complete: true });
    expect(byKey.approval).toMatchObject({
      complete: false,
      done: 1,
      total: 2,
      action: '1 organisation has not approved — remind them',
      link: `/cycles/${c.cycleId}/matching`,
    });
    expect(byKey.publication).toMatchObject({ complete: false, action: 'Publish 1 approved tandem' });
    expect(byKey.agreements).toMatchObject({ complete: false, done: 0, total: 0 });
    // The defaults of questionnaire and rules stand until the coordinator has looked at them.
    expect(byKey.questionnaire).toMatchObject({
      complete: false,
      action: 'Review the questionnaire',
      link: `/cycles/${c.cycleId}/questionnaire`,
    });
    expect(byKey.rules).toMatchObject({
      complete: false,
      action: 'Review the matching rules',
      link: `/cycles/${c.cycleId}/rules`,
    });
    expect(checklist.next?.key).toBe('questionnaire');
    expect(checklist.organisationsNotApproved).toBe(1);

    await t.db
      .insertInto('cycle_questionnaires')
      .values({ cycle_id: c.cycleId, weights: JSON.stringify({}) })
      .execute();
    await t.db
      .insertInto('cycle_rules')
      .values({ cycle_id: c.cycleId, reciprocity_tolerance: null })
      .execute();
    const reviewed = await readCycleChecklist(t.db, testActor('coordinator'), c.cycleId);
    expect(reviewed.steps.find((s) => s.key === 'questionnaire')).toMatchObject({
      complete: true,
      summary: 'Topics and weights saved',
      action: null,
    });
    expect(reviewed.steps.find((s) => s.key === 'rules')).toMatchObject({ complete: true, action: null });
    expect(reviewed.next?.key).toBe('profiles');

    // Publishing moves the count on: one tandem, its agreement unsigned.
    await coordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/publish`, { version: 0 });
    const after = await coordinator('GET', `/api/v1/cycles/${c.cycleId}/checklist`);
    expect(after.status).toBe(200);
    expect(after.body.status).toBe('running');
    const agreements = after.body.steps.find((s: { key: string }) => s.key === 'agreements');
    expect(agreements).toMatchObject({ complete: false, done: 0, total: 1, action: '1 agreement unsigned' });
    expect(after.body.steps.find((s: { key: string }) => s.key === 'publication')).toMatchObject({
      done: 1,
      summary: '1 tandem published',
    });
  });

  it('is the coordinator’s: a contact is refused', async () => {
    const asContact = await callApi(t, c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/checklist`);
    expect(asContact.status).toBe(403);
  });
});

describe('reminding organisations that have not approved', () => {
  it('mails only the contacts of organisations with undecided proposals, in their language, with the count', async () => {
    // Organisation C: two undecided proposals, a German-speaking contact.
    const organisationC = await createOrganisation(t.db, 'Gamma Care');
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: c.cycleId, organisation_id: organisationC })
      .execute();
    await createAccount(t.db, {
      email: 'hr@gamma.example',
      name: 'Greta Kontakt',
      role: 'organisation_contact',
      organisationId: organisationC,
    });
    await t.db
      .updateTable('accounts')
      .set({ mail_language: 'de' })
      .where('email', '=', 'hr@gamma.example')
      .execute();
    const gammaMentees = [];
    for (const name of ['Gina', 'Gero']) {
      gammaMentees.push(
        await createParticipant(t.db, {
          cycleId: c.cycleId,
          organisationId: organisationC,
          role: 'mentee',
          name: `${name} Mentee`,
          email: `${name.toLowerCase()}@gamma.example`,
        }),
      );
    }
    // A's proposal is approved and B's sent back: neither waits.
    await draftInApproval(
      { mia: 'approved', ben: 'approved' },
      gammaMentees.map((m) => ({ menteeId: m.participantId, mentorId: c.mentorA.participantId })),
    );
    await t.db
      .updateTable('draft_proposals')
      .set({ approval: 'change_requested' })
      .where('mentee_id', '=', c.menteeB.participantId)
      .execute();

    const reminded = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/approval-reminders`);

    expect(reminded.status).toBe(200);
    expect(reminded.body).toEqual({ organisations: 1, sent: 1 });
    const mails = await t.db.selectFrom('outbox').select(['recipient', 'subject', 'body', 'kind']).execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ recipient: 'hr@gamma.example', kind: 'approval.reminder' });
    expect(mails[0]!.subject).toBe('Tandem-Vorschläge zur Freigabe: Cycle 2027');
    expect(mails[0]!.body).toContain('2 Tandem-Vorschläge zur Freigabe');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'approval.reminded')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ organisations: 1, contacts: 1 });
  });

  it('refuses while the draft is not with the organisations, saying what to do', async () => {
    await t.db
      .insertInto('cycle_drafts')
      .values({ cycle_id: c.cycleId, run_id: null, status: 'editing' })
      .execute();
    const refused = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/approval-reminders`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/send it to approval first/);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });
});
