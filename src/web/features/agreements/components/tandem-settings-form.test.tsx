// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  choose,
  click,
  endpointOf,
  fakeApi,
  fieldError,
  json,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { TandemSettingsSection } from './tandem-settings-form.tsx';

const cycleId = '11111111-1111-4111-8111-111111111111';

describe('the cycle’s tandem settings', () => {
  it('shows the defaults, refuses empty terms and saves a new cadence', async () => {
    const calls = fakeApi(
      answers({
        getCycleTandemSettings: ({ params }) =>
          params.id === cycleId
            ? json(200, { meetingCadenceDays: 30, confidentialityText: 'Stays between us.', version: 3 })
            : undefined,
        changeCycleTandemSettings: ({ body }) => json(200, { ...(body as object), version: 4 }),
      }),
    );
    await render(<TandemSettingsSection cycleId={cycleId} />);
    await waitFor(() => expect(byLabel('Default meeting cadence').value).toBe('30'));
    expect(byLabel('Default confidentiality terms').value).toBe('Stays between us.');

    await type(byLabel('Default confidentiality terms'), ' ');
    await click(byRole('button', 'Save tandem settings'));
    await waitFor(() =>
      expect(fieldError(byLabel('Default confidentiality terms'))).toBe(
        'Default confidentiality terms must be written down',
      ),
    );

    await type(byLabel('Default confidentiality terms'), 'Nothing leaves the tandem.');
    await choose(byLabel('Default meeting cadence'), '42');
    await click(byRole('button', 'Save tandem settings'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('New agreements start with these settings.'),
    );
    expect(endpointOf(calls.at(-1)!)).toEqual({
      operationId: 'changeCycleTandemSettings',
      params: { id: cycleId },
    });
    expect(calls.at(-1)!.body).toEqual({
      meetingCadenceDays: 42,
      confidentialityText: 'Nothing leaves the tandem.',
      version: 3,
    });

    // The form stays open: a second save names the version the first one made.
    await choose(byLabel('Default meeting cadence'), '14');
    await click(byRole('button', 'Save tandem settings'));
    await waitFor(() => expect(calls.at(-1)!.body).toMatchObject({ meetingCadenceDays: 14, version: 4 }));
  });

  it('offers the saved settings when another coordinator saved meanwhile', async () => {
    let saved = { meetingCadenceDays: 30, confidentialityText: 'Stays between us.', version: 3 };
    fakeApi(
      answers({
        getCycleTandemSettings: () => json(200, saved),
        changeCycleTandemSettings: () =>
          apiError(409, 'stale_version', 'The cycle’s tandem settings changed since you loaded them.', {
            currentVersion: 4,
          }),
      }),
    );
    await render(<TandemSettingsSection cycleId={cycleId} />);
    await waitFor(() => expect(byLabel('Default meeting cadence').value).toBe('30'));
    await choose(byLabel('Default meeting cadence'), '42');
    saved = { meetingCadenceDays: 14, confidentialityText: 'Agreed together.', version: 4 };
    await click(byRole('button', 'Save tandem settings'));
    await waitFor(() =>
      expect(alerts()).toContain('The cycle’s tandem settings changed since you loaded them.'),
    );
    expect(document.body.textContent).not.toContain('New agreements start with these settings.');
    // Told beside the save button, with focus on it, and what was chosen is still there.
    const notice = document.activeElement!;
    expect(notice.classList.contains('stale-version')).toBe(true);
    expect(
      byRole('button', 'Save tandem settings').compareDocumentPosition(notice) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(byLabel('Default meeting cadence').value).toBe('42');
    await click(byRole('button', 'Load the saved version'));
    await waitFor(() => expect(byLabel('Default confidentiality terms').value).toBe('Agreed together.'));
    expect(byLabel('Default meeting cadence').value).toBe('14');
  });
});
