// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  choose,
  click,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  queryByLabel,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { ada, ids } from '../../../test/fixtures.ts';
import { ParticipantForm } from './participant-form.tsx';

const cycles = [{ value: ids.cycle2025, label: 'Leadership 2025' }];
const organisations = [
  { value: ids.acme, label: 'Acme' },
  { value: ids.globex, label: 'Globex' },
];

async function fillRequired() {
  await choose(byLabel('Role'), 'mentee');
  await type(byLabel('Name'), 'Ada Lovelace');
  await type(byLabel('Email'), 'ada@acme.example');
}

describe('ParticipantForm', () => {
  it('nominates for the contact’s own organisation and sends the languages chosen by name as codes', async () => {
    const calls = fakeApi(() => json(201, ada));
    const onSaved = vi.fn();
    await render(
      <ParticipantForm
        cycles={cycles}
        organisations={organisations}
        fixedOrganisationId={ids.acme}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    );
    expect(queryByLabel('Organisation')).toBeNull();
    await fillRequired();
    await choose(byLabel('Add a language'), 'en');
    await click(byRole('button', 'Add'));
    await choose(byLabel('Add a language'), 'de');
    await click(byRole('button', 'Add'));
    expect(byLabel('Languages chosen').textContent).toMatch(/English.*German/);
    // A language chosen in the list but not added is said to be pending, not silently dropped.
    await choose(byLabel('Add a language'), 'fr');
    expect(document.body.textContent).toContain('French is chosen but not added yet: press Add to keep it.');
    await choose(byLabel('Seniority'), '2');
    await click(byRole('button', 'Add participant'));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(ada));
    expect(calls[0]!.body).toMatchObject({
      cycleId: ids.cycle2025,
      organisationId: ids.acme,
      role: 'mentee',
      languages: ['en', 'de'],
      seniority: 2,
      capacity: 1,
    });
  });

  it('asks plainly for the choices not made', async () => {
    fakeApi(() => undefined);
    await render(
      <ParticipantForm cycles={cycles} organisations={organisations} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    await choose(byLabel('Cycle'), '');
    await click(byRole('button', 'Add participant'));
    expect(fieldError(byLabel('Cycle'))).toBe('Choose the cycle.');
    expect(fieldError(byLabel('Organisation'))).toBe('Choose the organisation.');
    expect(fieldError(byLabel('Role'))).toBe('Choose mentor or mentee.');
    expect(fieldError(byLabel('Name'))).toBe('Name must not be empty');
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Cycle')));
  });

  it('shows the stored languages by name and removes one, keeping the focus in the field', async () => {
    const calls = fakeApi(() => json(200, ada));
    await render(
      <ParticipantForm
        participant={{ ...ada, languages: ['de', 'en'] }}
        cycles={cycles}
        organisations={organisations}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(byLabel('Languages chosen').textContent).toMatch(/German.*English/);
    await click(byRole('button', 'Remove German'));
    await waitFor(() => expect(document.activeElement).toBe(byLabel('Add a language')));
    expect(document.body.textContent).toContain('German removed.');
    await click(byRole('button', 'Save participant'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ languages: ['en'] });
  });

  it('puts a server conflict beside the field it names and keeps every value', async () => {
    fakeApi(() =>
      apiError(409, 'conflict', 'This person already takes part in the cycle.', [
        { path: 'email', message: 'already takes part in this cycle' },
      ]),
    );
    await render(
      <ParticipantForm cycles={cycles} organisations={organisations} onSaved={vi.fn()} onCancel={vi.fn()} />,
    );
    await choose(byLabel('Organisation'), ids.globex);
    await fillRequired();
    await type(byLabel('Goals'), 'Lead a larger team');
    await click(byRole('button', 'Add participant'));

    await waitFor(() => expect(fieldError(byLabel('Email'))).toBe('Email already takes part in this cycle'));
    expect(alerts()).toContain('This person already takes part in the cycle.');
    expect(byLabel('Organisation').value).toBe(ids.globex);
    expect(byLabel('Goals').value).toBe('Lead a larger team');
  });

  it('edits the profile only: cycle and organisation stay as they are', async () => {
    const calls = fakeApi(() => json(200, { ...ada, jobTitle: 'Head of analytics' }));
    const onSaved = vi.fn();
    await render(
      <ParticipantForm
        participant={ada}
        cycles={cycles}
        organisations={organisations}
        onSaved={onSaved}
        onCancel={vi.fn()}
      />,
    );
    expect(queryByLabel('Cycle')).toBeNull();
    expect(byLabel('Name').value).toBe('Ada Lovelace');
    await type(byLabel('Job title'), 'Head of analytics');
    await click(byRole('button', 'Save participant'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'updateParticipant', params: { id: ada.id } });
    expect(calls[0]!.body).not.toHaveProperty('cycleId');
    expect(calls[0]!.body).toMatchObject({
      jobTitle: 'Head of analytics',
      languages: ['en'],
      version: ada.version,
    });
  });
});
