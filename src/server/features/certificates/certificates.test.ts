import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createParticipant,
  createTandem,
  sessionCookie,
} from '../../../../test/factories.ts';
import { asCaller, callApi } from '../../../../test/http.ts';
import { readPdf } from '../../../../test/pdf-text.ts';
import type { CycleCertificate, MyCertificate } from '../../../shared/contract/certificates.ts';

// Certificates of participation through the API: who downloads which, what the PDF says and never
// says, and the coordinator's withholding and reissue. The consortium's cycle runs from
// 15 January to 15 December 2027: its midpoint is 1 July 2027.

let t: TestApp;
let c: Consortium;
/** Mia (A's mentee) with Bruno (B's mentor): lasting. Mona (A's mentor) with Ben (B's mentee): dissolved in March. */
let miasTandem: string;
let monasTandem: string;
let bruno: { participantId: string };

const pdfOf = (participantId: string, query = '') =>
  `/api/v1/participations/${participantId}/certificate.pdf${query}`;

const tandem = (menteeId: string, mentorId: string, dissolvedAt: Date | null = null) =>
  createTandem(t.db, {
    cycleId: c.cycleId,
    menteeId,
    mentorId,
    publishedAt: new Date('2027-01-20T09:00:00Z'),
    dissolvedAt,
    dissolvedReason: dissolvedAt ? 'Moved away' : null,
  });

/** The coordinator closes the running cycle through the API, as the audit log then records. */
async function closeCycle() {
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
  const { status } = await callApi(t, c.cookies.coordinator, 'POST', `/api/v1/cycles/${c.cycleId}/status`, {
    status: 'closed',
  });
  expect(status).toBe(200);
}

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  bruno = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bruno Bärtschi',
    email: 'bruno@beta.example',
  });
  await t.db
    .updateTable('people')
    .set({ name: 'Mia Müller-Lüdenscheidt' })
    .where('email', '=', 'mia@alpha.example')
    .execute();
  await t.db
    .updateTable('participants')
    .set({ goals: 'Lead a distributed team' })
    .where('id', '=', c.menteeA.participantId)
    .execute();
  miasTandem = await tandem(c.menteeA.participantId, bruno.participantId);
  monasTandem = await tandem(
    c.menteeB.participantId,
    c.mentorA.participantId,
    new Date('2027-03-10T09:00:00Z'),
  );
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: miasTandem,
      version: 1,
      goals: JSON.stringify([
        { goalId: 'g1', title: 'Negotiate the Q3 budget', successMeasure: 'Budget signed' },
      ]),
      cadence_days: 28,
      meeting_format: 'video',
      confidentiality: 'Between us.',
    })
    .execute();
  // Another coordinator made first: the one who closes the cycle signs, not the first one.
  await t.db
    .updateTable('accounts')
    .set({ created_at: new Date('2026-01-02T00:00:00Z') })
    .where('id', '=', c.accounts.coordinator)
    .execute();
  await createAccount(t.db, {
    email: 'first@example.org',
    name: 'Frida Firstcoordinator',
    role: 'coordinator',
  });
  await t.db
    .updateTable('accounts')
    .set({ created_at: new Date('2026-01-01T00:00:00Z') })
    .where('email', '=', 'first@example.org')
    .execute();
  await t.db
    .updateTable('accounts')
    .set({ name: 'Carla Köhler' })
    .where('id', '=', c.accounts.coordinator)
    .execute();
});

afterEach(async () => {
  await t.close();
});

describe('certificate of participation', () => {
  it('is not there while the cycle runs: 404, and pending in the participant’s list', async () => {
    const response = await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId));
    expect(response.statusCode).toBe(404);
    const { body } = await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/me/certificates');
    expect((body as { certificates: MyCertificate[] }).certificates).toEqual([
      expect.objectContaining({ participantId: c.menteeA.participantId, state: 'pending' }),
    ]);
  });

  it('downloads for its owner once the cycle closed: a one-page A4 PDF with the facts and nothing of the tandem', async () => {
    await closeCycle();
    const response = await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId, '?language=en'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="certificate-mia-muller-ludenscheidt-cycle-2027.pdf"',
    );
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(595.28, 0);
    expect(pdf.pages[0]!.height).toBeCloseTo(841.89, 0);
    expect(pdf.info.Title).toBe('Certificate of participation: Mia Müller-Lüdenscheidt, Cycle 2027');
    expect(pdf.info.Author).toBe('crossmentor');
    const lines = pdf.pages[0]!.lines;
    expect(lines).toContain('Certificate of participation');
    expect(lines).toContain('Mia Müller-Lüdenscheidt');
    expect(pdf.text).toContain('took part as a mentee');
    expect(lines).toContain('Role: Mentee');
    expect(lines).toContain('Cycle 2027');
    expect(lines).toContain('from 15 January 2027 to 15 December 2027');
    expect(lines).toContain('Organisation: Alpha Bank');
    expect(lines).toContain('Carla Köhler');
    expect(pdf.text).not.toContain('Frida');
    expect(pdf.text).toMatch(/Issued on \d+ \w+ \d{4} · Certificate no\. CM-\d{6}-1/);
    for (const secret of [
      'Bruno',
      'Bärtschi',
      'Beta Motors',
      'Negotiate',
      'Budget',
      'distributed team',
      'Between us',
    ])
      expect(pdf.text).not.toContain(secret);
    const raw = response.rawPayload.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/Helvetica|Times-Roman|Courier/);
  });

  it('is German with umlauts in the participant’s own language, and keeps its number', async () => {
    await t.db
      .updateTable('accounts')
      .set({ mail_language: 'de' })
      .where('id', '=', c.accounts.menteeA)
      .execute();
    await closeCycle();
    const first = await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId));
    const pdf = await readPdf(first.rawPayload);
    expect(pdf.pages[0]!.lines).toContain('Teilnahmebescheinigung');
    expect(pdf.text).toContain(
      'als Mentee am organisationsübergreifenden Mentoring-Programm teilgenommen hat',
    );
    expect(pdf.pages[0]!.lines).toContain('vom 15. Januar 2027 bis zum 15. Dezember 2027');
    expect(pdf.pages[0]!.lines).toContain('für die Koordination des Programms');
    expect(pdf.pages[0]!.lines).toContain('Mia Müller-Lüdenscheidt');
    const number = /Nr\. (CM-\d{6}-1)/.exec(pdf.text)?.[1];
    expect(number).toBeDefined();
    // The coordinator downloads the same certificate, in English when the link says so.
    const again = await readPdf(
      (await asCaller(t, c.cookies.coordinator).get(pdfOf(c.menteeA.participantId, '?language=en')))
        .rawPayload,
    );
    expect(again.text).toContain(`Certificate no. ${number}`);
  });

  it('is 404 for another participant, and for a participation that did not complete its cycle', async () => {
    await closeCycle();
    // Mona (A's mentor) asks for Mia's: not hers.
    expect((await asCaller(t, c.cookies.mentorA).get(pdfOf(c.menteeA.participantId))).statusCode).toBe(404);
    // Mona's own tandem was dissolved in March, before the midpoint: no certificate.
    const own = await asCaller(t, c.cookies.mentorA).get(pdfOf(c.mentorA.participantId));
    expect(own.statusCode).toBe(404);
    expect(own.json().error.message).toContain('midpoint');
    const { body } = await callApi(t, c.cookies.mentorA, 'GET', '/api/v1/me/certificates');
    expect((body as { certificates: MyCertificate[] }).certificates[0]?.state).toBe('not_completed');
    // B's contact does not see A's people; A's contact does.
    expect((await asCaller(t, c.cookies.contactB).get(pdfOf(c.menteeA.participantId))).statusCode).toBe(404);
    expect((await asCaller(t, c.cookies.contactA).get(pdfOf(c.menteeA.participantId))).statusCode).toBe(200);
  });

  it('is withheld by the coordinator (409 with its message), and reissued with a new number', async () => {
    await closeCycle();
    const first = await readPdf(
      (await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId, '?language=en'))).rawPayload,
    );
    const number = /Certificate no\. (CM-(\d{6})-1)/.exec(first.text);
    expect(number).not.toBeNull();

    const withheld = await callApi(
      t,
      c.cookies.coordinator,
      'POST',
      `/api/v1/participations/${c.menteeA.participantId}/certificate/withhold`,
      { reason: 'Surname to be corrected' },
    );
    expect(withheld.status).toBe(200);
    expect(withheld.body).toMatchObject({ state: 'withheld', withheldReason: 'Surname to be corrected' });

    const refused = await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('certificate_withheld');
    expect(refused.json().error.message).toContain('withheld by the programme’s coordination');
    const mine = await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/me/certificates');
    expect(JSON.stringify(mine.body)).not.toContain('Surname');

    await t.db
      .updateTable('people')
      .set({ name: 'Mia Müller' })
      .where('email', '=', 'mia@alpha.example')
      .execute();
    const reissued = await callApi(
      t,
      c.cookies.coordinator,
      'POST',
      `/api/v1/participations/${c.menteeA.participantId}/certificate/reissue`,
    );
    expect(reissued.status).toBe(200);
    const certificate = reissued.body as CycleCertificate;
    expect(certificate).toMatchObject({ state: 'available', withheldReason: null, reissues: 1 });
    expect(certificate.number).toBe(`CM-${number![2]}-2`);
    const after = await readPdf(
      (await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId, '?language=en'))).rawPayload,
    );
    expect(after.text).toContain(`Certificate no. CM-${number![2]}-2`);
    expect(after.pages[0]!.lines).toContain('Mia Müller');

    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', c.menteeA.participantId)
      .where('action', 'like', 'certificate.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'certificate.downloaded',
      'certificate.withheld',
      'certificate.reissued',
      'certificate.downloaded',
    ]);
  });

  it('lists the cycle’s certificates for the coordinator with what may be done to each', async () => {
    await closeCycle();
    await asCaller(t, c.cookies.menteeA).get(pdfOf(c.menteeA.participantId));
    const { status, body } = await callApi(
      t,
      c.cookies.coordinator,
      'GET',
      `/api/v1/cycles/${c.cycleId}/certificates`,
    );
    expect(status).toBe(200);
    const list = (body as { certificates: CycleCertificate[] }).certificates;
    const byName = new Map(list.map((x) => [x.name, x]));
    expect([...byName.keys()]).toEqual([
      'Ben Mentee',
      'Bruno Bärtschi',
      'Mia Müller-Lüdenscheidt',
      'Mona Mentor',
    ]);
    expect(byName.get('Mia Müller-Lüdenscheidt')).toMatchObject({
      state: 'available',
      number: expect.stringMatching(/^CM-\d{6}-1$/),
      can: { withhold: true, reissue: true },
    });
    expect(byName.get('Bruno Bärtschi')).toMatchObject({
      state: 'available',
      number: null,
      can: { withhold: true, reissue: false },
    });
    expect(byName.get('Mona Mentor')).toMatchObject({
      state: 'not_completed',
      can: { withhold: false, reissue: false },
    });
    // A not completed participation has nothing to withhold.
    const refused = await callApi(
      t,
      c.cookies.coordinator,
      'POST',
      `/api/v1/participations/${c.mentorA.participantId}/certificate/withhold`,
      { reason: 'No' },
    );
    expect(refused.status).toBe(409);
    void monasTandem;
  });

  it('answers the participant’s session only with their own certificates', async () => {
    const mona = await sessionCookie(t.db, c.accounts.mentorA, t.clock.now());
    const { body } = await callApi(t, mona, 'GET', '/api/v1/me/certificates');
    expect((body as { certificates: MyCertificate[] }).certificates.map((x) => x.participantId)).toEqual([
      c.mentorA.participantId,
    ]);
  });
});
