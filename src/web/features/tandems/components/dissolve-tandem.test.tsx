// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Tandem } from '../../../../shared/contract/tandems.ts';
import {
  answers,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { DissolveAndRematch } from './dissolve-tandem.tsx';

const cycleId = '11111111-1111-4111-8111-111111111111';
const person = (participantId: string, name: string): Tandem['mentee'] => ({
  participantId,
  name,
  email: '',
  organisationName: 'Alpha',
  jobTitle: '',
  seniority: null,
  languages: [],
  location: '',
  topics: [],
  text: '',
});

function tandem(values: Partial<Tandem> = {}): Tandem {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    cycleId,
    cycleName: 'Cycle 2027',
    status: 'active',
    publishedAt: '2027-01-10T09:00:00.000Z',
    dissolvedAt: null,
    dissolvedReason: null,
    mentee: person('33333333-3333-4333-8333-333333333333', 'Mia Mentee'),
    mentor: person('44444444-4444-4444-8444-444444444444', 'Bea Mentor'),
    reasons: [],
    viewerSide: null,
    can: { dissolve: true, proposeRematch: false },
    ...values,
  };
}

/** The component as the tandem page holds it: the tandem it shows is the one it was last told of. */
function Holder({ initial }: { initial: Tandem }) {
  const [shown, setShown] = useState(initial);
  return <DissolveAndRematch tandem={shown} onChanged={(next) => next && setShown(next)} />;
}

describe('dissolving and re-matching', () => {
  it('dissolves an active tandem, then offers to re-match its mentee as the server says', async () => {
    const dissolved = tandem({
      status: 'dissolved',
      dissolvedAt: '2027-02-01T09:00:00.000Z',
      dissolvedReason: 'Mia moved',
      can: { dissolve: false, proposeRematch: true },
    });
    const calls = fakeApi(answers({ dissolveTandem: () => json(200, dissolved) }));
    await render(<Holder initial={tandem()} />);
    expect(queryByRole('button', 'Propose a new mentor')).toBeNull();
    await click(byRole('button', 'Dissolve…'));
    await type(byLabel('Reason'), 'Mia moved');
    await click(byRole('button', 'Dissolve tandem'));
    await waitFor(() => byRole('button', 'Propose a new mentor'));
    expect(callsTo(calls, 'dissolveTandem')[0]?.body).toEqual({ reason: 'Mia moved' });
    expect(queryByRole('button', 'Dissolve…')).toBeNull();
  });

  it('offers nothing the server would refuse', async () => {
    fakeApi(answers({}));
    // A dissolved tandem whose mentee has a new one, or anyone's view but the coordinator's.
    const container = await render(
      <DissolveAndRematch
        tandem={tandem({ status: 'dissolved', can: { dissolve: false, proposeRematch: false } })}
        onChanged={() => {}}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
