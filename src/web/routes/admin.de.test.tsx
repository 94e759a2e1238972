// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ManagedAccount } from '../../shared/contract/auth.ts';
import type { OutboxMessage } from '../../shared/contract/outbox.ts';
import { AccountList } from '../features/accounts/components/account-list.tsx';
import { AuditLog } from '../features/audit/components/audit-log.tsx';
import { OutboxList } from '../features/outbox/components/outbox-list.tsx';
import {
  answers,
  byLabel,
  byRole,
  choose,
  fakeApi,
  inGerman,
  json,
  pageText,
  render,
  waitFor,
} from '../test/dom.tsx';
import { contact, coordinator } from '../test/fixtures.ts';

const status = () => document.querySelector('[role="status"]')?.textContent ?? '';

const message = (n: number): OutboxMessage => ({
  id: `m${n}`,
  recipient: `person${n}@gamma.example`,
  recipientName: null,
  subject: `Erinnerung ${n}`,
  body: 'Bitte tragen Sie Ihr Treffen ein.',
  createdAt: '2027-01-01T10:00:00.000Z',
  status: 'failed',
  kind: 'reminder.meeting',
  attempts: 3,
  sentAt: null,
  lastError: 'connection refused',
});

describe('administration in German', () => {
  it('shows the outbox in German, with counts, delivery and why a filter found nothing', async () => {
    window.history.replaceState(null, '', '/outbox');
    fakeApi(
      answers({
        listOutboxMessages: ({ url }) =>
          url.searchParams.has('state')
            ? json(200, { messages: [], total: 0, kinds: ['reminder.meeting'] })
            : json(200, {
                messages: Array.from({ length: 50 }, (_, i) => message(i + 1)),
                total: 1200,
                kinds: ['reminder.meeting'],
              }),
      }),
    );
    await render(inGerman(<OutboxList />));
    await waitFor(() => expect(status()).toBe('Angezeigt: 1–50 von 1.200.'));
    expect(pageText()).toContain('An person1@gamma.example, 1. Jan. 2027');
    expect(pageText()).toContain('Nicht zugestellt (3 Versuche)');
    expect(pageText()).toContain('Letzter Fehler: connection refused');
    expect(pageText()).toContain('Seite 1 von 24');
    await choose(byLabel('Zustellung'), 'held');
    await waitFor(() =>
      expect(pageText()).toContain(
        'Keine Nachrichten mit dem Status „Wartet auf die tägliche Zusammenfassung“.',
      ),
    );
  });

  it('lists accounts in German', async () => {
    fakeApi(() => undefined);
    const none = { makeCoordinator: false, makeOrganisationContact: false, disable: false, enable: false };
    const accounts: ManagedAccount[] = [
      { ...coordinator, can: none },
      { ...contact, can: { ...none, makeCoordinator: true, disable: true } },
    ];
    await render(
      inGerman(<AccountList accounts={accounts} currentAccountId={coordinator.id} onChanged={() => {}} />),
    );
    expect(pageText()).toContain('2 Konten');
    expect(pageText()).toContain(`${coordinator.name} (Sie)`);
    expect(byRole('button', `Zur Koordination hinzufügen: ${contact.name}`)).toBeTruthy();
    expect(byRole('button', `Deaktivieren ${contact.name}`)).toBeTruthy();
    await choose(byLabel('Rolle'), 'coordinator');
    expect(pageText()).toContain('1 Konto');
  });

  it('shows the audit log in German', async () => {
    fakeApi(() =>
      json(200, {
        entries: [
          {
            id: 1,
            occurredAt: '2025-03-01T10:00:00.000Z',
            actorEmail: null,
            action: 'setup.demo_loaded',
            targetType: null,
            targetId: null,
            ip: null,
            details: {},
          },
        ],
        nextBefore: null,
      }),
    );
    await render(inGerman(<AuditLog />));
    await waitFor(() => expect(pageText()).toContain('1 Eintrag angezeigt. Dies ist der älteste Eintrag.'));
    expect(byLabel('Aktion')).toBeTruthy();
    expect(pageText()).toContain('System');
    expect(pageText()).toContain('1. März 2025');
  });
});
