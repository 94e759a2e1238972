// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CycleCertificate } from '../../../../shared/contract/certificates.ts';
import {
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  pageText,
  queryByRole,
  render,
  signedIn,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { contact, coordinator } from '../../../test/fixtures.ts';
import { CycleCertificates } from './cycle-certificates.tsx';

// The coordinator's certificates on the cycle's tandems page: state, number, withhold and reissue.

const cycleId = '11111111-1111-4111-8111-111111111111';
const mia = '33333333-3333-4333-8333-333333333333';
const mona = '44444444-4444-4444-8444-444444444444';

function certificate(values: Partial<CycleCertificate>): CycleCertificate {
  return {
    participantId: mia,
    name: 'Mia Mentee',
    role: 'mentee',
    organisationName: 'Alpha Bank',
    state: 'available',
    number: 'CM-000007-1',
    reissues: 0,
    withheldAt: null,
    withheldReason: null,
    can: { withhold: true, reissue: true },
    ...values,
  };
}

const monas = certificate({
  participantId: mona,
  name: 'Mona Mentor',
  role: 'mentor',
  state: 'not_completed',
  number: null,
  can: { withhold: false, reissue: false },
});

describe('CycleCertificates', () => {
  it('withholds a certificate with a reason, then reissues it with a new number', async () => {
    const withheld = certificate({
      state: 'withheld',
      withheldAt: '2027-12-20T10:00:00.000Z',
      withheldReason: 'Surname to be corrected',
    });
    const calls = fakeApi(
      answers({
        listCycleCertificates: () => json(200, { certificates: [certificate({}), monas] }),
        withholdCertificate: () => json(200, withheld),
        reissueCertificate: () => json(200, certificate({ number: 'CM-000007-2', reissues: 1 })),
      }),
    );
    await render(signedIn(coordinator, <CycleCertificates cycleId={cycleId} />));
    await waitFor(() => byRole('button', 'Withhold the certificate of Mia Mentee'));
    const text = pageText();
    expect(text).toContain('Mia Mentee · Mentee · Alpha Bank');
    expect(text).toContain('AvailableCM-000007-1');
    expect(text).toContain('Not completedNone yet');
    // Nothing to do for a participation that did not complete its cycle.
    expect(queryByRole('button', 'Withhold the certificate of Mona Mentor')).toBeNull();
    expect(queryByRole('button', 'Reissue the certificate of Mona Mentor')).toBeNull();

    await click(byRole('button', 'Withhold the certificate of Mia Mentee'));
    const reason = byLabel('Why is the certificate of Mia Mentee withheld?');
    expect(document.activeElement).toBe(reason);
    // A reason is required before anything is sent.
    await click(byRole('button', 'Withhold the certificate'));
    expect(callsTo(calls, 'withholdCertificate')).toHaveLength(0);
    await type(reason, 'Surname to be corrected');
    await click(byRole('button', 'Withhold the certificate'));
    await waitFor(() => expect(pageText()).toContain('Withheld: Surname to be corrected'));
    expect(callsTo(calls, 'withholdCertificate')[0]?.body).toEqual({ reason: 'Surname to be corrected' });
    expect(callsTo(calls, 'withholdCertificate')[0]?.url.pathname).toBe(
      `/api/v1/participations/${mia}/certificate/withhold`,
    );
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'The certificate of Mia Mentee is withheld.',
    );
    expect(queryByRole('button', 'Withhold the certificate of Mia Mentee')).toBeNull();

    await click(byRole('button', 'Reissue the certificate of Mia Mentee'));
    await waitFor(() => expect(pageText()).toContain('CM-000007-2 (reissued once)'));
    expect(pageText()).not.toContain('Surname to be corrected');
    expect(document.querySelector('[role="status"]')?.textContent).toBe(
      'The certificate of Mia Mentee was reissued as CM-000007-2.',
    );
  });

  it('says why a reissue was refused', async () => {
    fakeApi(
      answers({
        listCycleCertificates: () => json(200, { certificates: [certificate({})] }),
        reissueCertificate: () => apiError(409, 'conflict', 'This participation did not complete its cycle.'),
      }),
    );
    await render(signedIn(coordinator, <CycleCertificates cycleId={cycleId} />));
    await click(await waitFor(() => byRole('button', 'Reissue the certificate of Mia Mentee')));
    await waitFor(() => expect(pageText()).toContain('This participation did not complete its cycle.'));
  });

  it('shows nothing to an organisation contact and asks the server nothing', async () => {
    const calls = fakeApi(() => undefined);
    const container = await render(signedIn(contact, <CycleCertificates cycleId={cycleId} />));
    expect(container.textContent).toBe('');
    expect(calls).toHaveLength(0);
  });
});
