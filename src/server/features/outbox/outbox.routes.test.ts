import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import type { OutboxMessage, OutboxPage } from '../../../shared/contract/outbox.ts';
import { insertOutboxMessage } from './outbox.repository.ts';

let t: TestApp;
let c: Consortium;

/** 120 reminders to numbered recipients, one a minute, the newest last; then a few odd ones. */
beforeAll(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  for (let i = 1; i <= 120; i++) {
    await insertOutboxMessage(t.db, {
      recipient: `person${String(i).padStart(3, '0')}@gamma.example`,
      subject: `Reminder ${i}`,
      body: 'Please log your meeting.',
      kind: i % 3 === 0 ? 'invitation' : 'reminder.meeting',
    });
  }
  // Written one minute apart in the order inserted, so "newest first" has one right answer.
  const rows = await t.db.selectFrom('outbox').select(['id', 'subject']).orderBy('write_order').execute();
  for (const [n, row] of rows.entries()) {
    await t.db
      .updateTable('outbox')
      .set({ created_at: new Date(Date.UTC(2027, 0, 1, 0, n)) })
      .where('id', '=', row.id)
      .execute();
  }
  await t.db
    .updateTable('outbox')
    .set({ status: 'sent' })
    .where('subject', 'in', ['Reminder 1', 'Reminder 2'])
    .execute();
  for (const recipient of [
    'under_score@delta.example',
    'underXscore@delta.example',
    'per%cent@delta.example',
    'percent@delta.example',
    'MONA@alpha.example',
  ]) {
    await insertOutboxMessage(t.db, { recipient, subject: `For ${recipient}`, body: 'Hello', kind: 'test' });
  }
});
afterAll(() => t.close());

async function outbox(query = '') {
  const { status, body } = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/outbox${query}`);
  expect(status).toBe(200);
  return body as OutboxPage;
}
const recipients = (messages: OutboxMessage[]) => messages.map((m) => m.recipient);

describe('the outbox a page at a time', () => {
  it('gives 50 messages a page, newest first, with the total, and each message on exactly one page', async () => {
    const first = await outbox('?kind=reminder.meeting');
    expect(first.total).toBe(80);
    expect(first.messages).toHaveLength(50);
    expect(first.messages[0]!.subject).toBe('Reminder 119');
    const second = await outbox('?kind=reminder.meeting&offset=50');
    expect(second.total).toBe(80);
    expect(second.messages).toHaveLength(30);
    expect(second.messages.at(-1)!.subject).toBe('Reminder 1');
    const seen = [...first.messages, ...second.messages].map((m) => m.id);
    expect(new Set(seen).size).toBe(80);
    const times = [...first.messages, ...second.messages].map((m) => m.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('takes a page size and refuses one too large or a state that does not exist', async () => {
    expect((await outbox('?limit=10&offset=115')).messages).toHaveLength(10);
    for (const query of ['?limit=1000', '?state=lost', '?offset=-1']) {
      const { status } = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/outbox${query}`);
      expect(status).toBe(400);
    }
  });

  it('filters by kind and by delivery state together, and lists every kind for the filter', async () => {
    const sent = await outbox('?state=sent');
    expect(sent.total).toBe(2);
    expect(sent.messages.map((m) => [m.subject, m.body])).toEqual([
      ['Reminder 2', null],
      ['Reminder 1', null],
    ]);
    const sentInvitations = await outbox('?state=sent&kind=invitation');
    expect(sentInvitations).toMatchObject({ total: 0, messages: [] });
    expect((await outbox('?state=pending&kind=invitation')).total).toBe(40);
    expect(sent.kinds).toEqual(['invitation', 'reminder.meeting', 'test']);
  });
});

describe('searching the outbox by recipient', () => {
  it('finds part of an address in any case, and a person by their name', async () => {
    expect(recipients((await outbox('?q=PERSON11')).messages)).toEqual([
      'person119@gamma.example',
      'person118@gamma.example',
      'person117@gamma.example',
      'person116@gamma.example',
      'person115@gamma.example',
      'person114@gamma.example',
      'person113@gamma.example',
      'person112@gamma.example',
      'person111@gamma.example',
      'person110@gamma.example',
    ]);
    const byName = await outbox(`?q=${encodeURIComponent('mona ment')}`);
    expect(byName.total).toBe(1);
    expect(byName.messages[0]).toMatchObject({
      recipient: 'MONA@alpha.example',
      recipientName: 'Mona Mentor',
    });
  });

  it('takes % and _ in the search literally, not as wildcards', async () => {
    expect(recipients((await outbox(`?q=${encodeURIComponent('under_')}`)).messages)).toEqual([
      'under_score@delta.example',
    ]);
    expect(recipients((await outbox(`?q=${encodeURIComponent('per%c')}`)).messages)).toEqual([
      'per%cent@delta.example',
    ]);
    expect((await outbox(`?q=${encodeURIComponent('%')}`)).total).toBe(1);
    expect((await outbox(`?q=${encodeURIComponent('\\')}`)).total).toBe(0);
  });

  it('is the coordinator’s alone', async () => {
    const { status } = await callApi(t, c.cookies.contactA, 'GET', '/api/v1/outbox?q=mona');
    expect(status).toBe(403);
  });
});
