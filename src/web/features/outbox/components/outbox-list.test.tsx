// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../../../shared/contract/outbox.ts';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  choose,
  click,
  fakeApi,
  json,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { OutboxList } from './outbox-list.tsx';

const message = (n: number): OutboxMessage => ({
  id: `m${n}`,
  recipient: `person${n}@gamma.example`,
  recipientName: n === 51 ? 'Ada Lovelace' : null,
  subject: `Reminder ${n}`,
  body: 'Please log your meeting.',
  createdAt: '2027-01-01T10:00:00.000Z',
  status: 'pending',
  kind: 'reminder.meeting',
  attempts: 0,
  sentAt: null,
  lastError: null,
});

/** An outbox of 300 messages that answers any page, and an empty one for any filter. */
function outboxOf300() {
  return fakeApi(
    answers({
      listOutboxMessages: ({ url }) => {
        const filtered =
          url.searchParams.has('state') || url.searchParams.has('q') || url.searchParams.has('kind');
        if (filtered) return json(200, { messages: [], total: 0, kinds: ['invitation', 'reminder.meeting'] });
        const offset = Number(url.searchParams.get('offset'));
        const messages = Array.from({ length: 50 }, (_, i) => message(offset + i + 1));
        return json(200, { messages, total: 300, kinds: ['invitation', 'reminder.meeting'] });
      },
    }),
  );
}

const status = () => document.querySelector('[role="status"]')?.textContent ?? '';

describe('OutboxList', () => {
  it('says when the address asks for a page past the last, and goes to the last on request', async () => {
    window.history.replaceState(null, '', '/outbox?page=999999');
    const calls = fakeApi(
      answers({
        listOutboxMessages: ({ url }) => {
          const offset = Number(url.searchParams.get('offset'));
          const messages = offset < 300 ? Array.from({ length: 50 }, (_, i) => message(offset + i + 1)) : [];
          return json(200, { messages, total: 300, kinds: ['reminder.meeting'] });
        },
      }),
    );
    await render(<OutboxList />);
    await waitFor(() => expect(document.body.textContent).toContain('is past the last page.'));
    expect(document.body.textContent).not.toContain('No messages yet');
    expect(
      Number(callsTo(calls, 'listOutboxMessages')[0]!.url.searchParams.get('offset')),
    ).toBeLessThanOrEqual(1_000_000);
    await click(byRole('button', 'Go to the last page'));
    await waitFor(() => expect(status()).toBe('Showing 251–300 of 300.'));
  });

  it('shows 50 messages a page and says which of the 300 they are', async () => {
    window.history.replaceState(null, '', '/outbox');
    const calls = outboxOf300();
    await render(<OutboxList />);
    await waitFor(() => expect(status()).toBe('Showing 1–50 of 300.'));
    await click(byRole('button', 'Next page'));
    await waitFor(() => expect(status()).toBe('Showing 51–100 of 300.'));
    expect(callsTo(calls, 'listOutboxMessages').at(-1)!.url.searchParams.get('offset')).toBe('50');
    expect(document.body.textContent).toContain('Ada Lovelace <person51@gamma.example>');
    // The page is part of the address, so a reload or Back comes back to it.
    expect(window.location.search).toBe('?page=2');
  });

  it('filters by kind and state, searches by recipient, keeps them in the address and says why nothing matched', async () => {
    window.history.replaceState(null, '', '/outbox?page=3');
    const calls = outboxOf300();
    await render(<OutboxList />);
    await waitFor(() => expect(status()).toBe('Showing 101–150 of 300.'));

    await choose(byLabel('Delivery'), 'failed');
    await waitFor(() => expect(document.body.textContent).toContain('No messages “Not delivered”.'));
    await choose(byLabel('Kind'), 'invitation');
    await type(byLabel('Recipient'), '100%_sure');
    await click(byRole('button', 'Search'));
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'No messages “Not delivered”, of kind “invitation”, to a recipient matching “100%_sure”.',
      ),
    );
    const last = callsTo(calls, 'listOutboxMessages').at(-1)!.url.searchParams;
    expect([last.get('state'), last.get('kind'), last.get('q'), last.get('offset')]).toEqual([
      'failed',
      'invitation',
      '100%_sure',
      '0',
    ]);
    const address = new URLSearchParams(window.location.search);
    expect([address.get('state'), address.get('kind'), address.get('q'), address.get('page')]).toEqual([
      'failed',
      'invitation',
      '100%_sure',
      null,
    ]);

    await click(byRole('button', 'Clear filters'));
    await waitFor(() => expect(status()).toBe('Showing 1–50 of 300.'));
    expect(window.location.search).toBe('');
    expect(byLabel('Recipient').value).toBe('');
  });
});
