// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { rulesViewSchema } from '../../../../shared/contract/matching.ts';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { RulesForm } from './rules-form.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const acme = { value: '00000000-0000-4000-8000-0000000000a1', label: 'Acme' };
const globex = { value: '00000000-0000-4000-8000-0000000000a2', label: 'Globex' };
const mia = { value: '00000000-0000-4000-8000-000000000101', label: 'Mia (Acme)' };
const max = { value: '00000000-0000-4000-8000-000000000201', label: 'Max (Globex)' };

const rules: z.infer<typeof rulesViewSchema> = {
  reciprocityTolerance: 1,
  neverPairAgain: true,
  organisationExclusions: [{ organisationA: acme.value, organisationB: globex.value }],
  personExclusions: [{ menteeId: mia.value, mentorId: max.value, reason: 'reporting line' }],
  competitorExclusions: [],
  version: 3,
  can: { edit: true },
};

const disabled = (control: HTMLElement) =>
  (control as HTMLInputElement).disabled || control.closest('fieldset[disabled]') !== null;

async function form(
  shown: typeof rules,
  handler: Parameters<typeof fakeApi>[0] = () => undefined,
  onStale: () => void = () => undefined,
) {
  const calls = fakeApi(handler);
  await render(
    <RulesForm
      cycleId={cycleId}
      rules={shown}
      organisations={[acme, globex]}
      mentees={[mia]}
      mentors={[max]}
      onSaved={() => undefined}
      onStale={onStale}
    />,
  );
  return calls;
}

describe('RulesForm', () => {
  it('is changed and saved where the server says the rules may change', async () => {
    const calls = await form(rules, () => json(200, { ...rules, organisationExclusions: [], version: 4 }));
    expect(disabled(byLabel('Enforce reciprocity'))).toBe(false);
    await click(byRole('button', 'Remove Acme and Globex'));
    await click(byRole('button', 'Save rules'));
    await waitFor(() => expect(callsTo(calls, 'saveMatchingRules')).toHaveLength(1));
    expect(callsTo(calls, 'saveMatchingRules')[0]!.body).toMatchObject({
      organisationExclusions: [],
      version: 3,
    });
    expect(document.body.textContent).not.toContain('can no longer change');
    // The form stays open: the next save names the version the first one made.
    await click(byRole('button', 'Save rules'));
    await waitFor(() => expect(callsTo(calls, 'saveMatchingRules')).toHaveLength(2));
    expect(callsTo(calls, 'saveMatchingRules')[1]!.body).toMatchObject({ version: 4 });
  });

  it('shows whether former tandems are kept apart, and saves the rule turned off and on again', async () => {
    const calls = await form(rules, () => json(200, { ...rules, neverPairAgain: false, version: 4 }));
    const box = byLabel('Never pair two people who were a tandem before') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(document.body.textContent).toContain('in a tandem of this cycle that was dissolved');
    await click(box);
    await click(byRole('button', 'Save rules'));
    await waitFor(() => expect(callsTo(calls, 'saveMatchingRules')).toHaveLength(1));
    expect(callsTo(calls, 'saveMatchingRules')[0]!.body).toMatchObject({ neverPairAgain: false, version: 3 });
    await click(box);
    await click(byRole('button', 'Save rules'));
    await waitFor(() => expect(callsTo(calls, 'saveMatchingRules')).toHaveLength(2));
    expect(callsTo(calls, 'saveMatchingRules')[1]!.body).toMatchObject({ neverPairAgain: true, version: 4 });
  });

  it('starts with the rule off where the cycle turned it off', async () => {
    await form({ ...rules, neverPairAgain: false });
    expect((byLabel('Never pair two people who were a tandem before') as HTMLInputElement).checked).toBe(
      false,
    );
  });

  it('offers the saved rules when someone saved them meanwhile, keeping the form until asked', async () => {
    let reloads = 0;
    await form(
      rules,
      () =>
        apiError(409, 'stale_version', 'The matching rules changed since you loaded them.', {
          currentVersion: 4,
        }),
      () => {
        reloads += 1;
      },
    );
    await click(byRole('button', 'Remove Acme and Globex'));
    await click(byRole('button', 'Save rules'));
    await waitFor(() => expect(alerts()).toContain('The matching rules changed since you loaded them.'));
    expect(queryByRole('button', 'Remove Acme and Globex')).toBeNull();
    await click(byRole('button', 'Load the saved version'));
    expect(reloads).toBe(1);
  });

  it('is read-only where the server says they may no longer change', async () => {
    const calls = await form({ ...rules, can: { edit: false } });
    expect(document.body.textContent).toContain('The rules can no longer change.');
    expect(queryByRole('button', 'Save rules')).toBeNull();
    expect(disabled(byLabel('Enforce reciprocity'))).toBe(true);
    expect(disabled(byLabel('Tolerance (places)'))).toBe(true);
    expect(disabled(byLabel('Never pair two people who were a tandem before'))).toBe(true);
    expect(disabled(byRole('button', 'Remove Acme and Globex'))).toBe(true);
    expect(disabled(byRole('button', 'Remove Mia (Acme) and Max (Globex)'))).toBe(true);
    expect(disabled(byRole('button', 'Add organisation exclusion'))).toBe(true);
    expect(disabled(byRole('button', 'Add person exclusion'))).toBe(true);
    // What they hold is still shown.
    expect(document.body.textContent).toContain('(reporting line)');
    expect(calls).toHaveLength(0);
  });
});
