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

  it('offers the three best mentors and makes a tandem with the one the coordinator chooses', async () => {
    const mentor = (id: string, name: string, score: number) => ({
      mentorId: id,
      mentorName: name,
      mentorOrganisationName: 'Beta Motors',
      score,
      reasons: [`${name.split(' ')[0]} shares 2 of the mentee's goals`],
    });
    const berta = '66666666-6666-4666-8666-666666666666';
    const rematched = tandem({
      id: '77777777-7777-4777-8777-777777777777',
      mentor: person(berta, 'Berta Mentor'),
    });
    const calls = fakeApi(
      answers({
        proposeTandemRematch: () =>
          json(200, {
            menteeId: '33333333-3333-4333-8333-333333333333',
            alternatives: [
              mentor('55555555-5555-4555-8555-555555555555', 'Bruno Mentor', 82.5),
              mentor(berta, 'Berta Mentor', 71),
              mentor('88888888-8888-4888-8888-888888888888', 'Boris Mentor', 60.25),
            ],
            reasons: [],
          }),
        publishTandemRematch: () => json(200, rematched),
      }),
    );
    const container = await render(
      <Holder initial={tandem({ status: 'dissolved', can: { dissolve: false, proposeRematch: true } })} />,
    );
    await click(byRole('button', 'Propose a new mentor'));
    await waitFor(() => byRole('button', 'Make a tandem with Berta Mentor'));
    const offered = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(offered).toHaveLength(3);
    expect(offered[0]).toContain('Bruno Mentor (Beta Motors), score 82.5');
    expect(offered[0]).toContain("Bruno shares 2 of the mentee's goals");
    expect(offered[1]).toContain('Berta Mentor (Beta Motors), score 71.0');
    expect(offered[2]).toContain('Boris Mentor (Beta Motors), score 60.3');

    await click(byRole('button', 'Make a tandem with Berta Mentor'));
    await waitFor(() => byRole('button', 'Dissolve…'));
    expect(callsTo(calls, 'publishTandemRematch')[0]?.body).toEqual({ mentorId: berta });
    expect(queryByRole('button', 'Make a tandem with Bruno Mentor')).toBeNull();
  });

  it('says why when no mentor is left to offer', async () => {
    fakeApi(
      answers({
        proposeTandemRematch: () =>
          json(200, {
            menteeId: '33333333-3333-4333-8333-333333333333',
            alternatives: [],
            reasons: ['1 mentor excluded: forbidden pairs'],
          }),
      }),
    );
    const container = await render(
      <Holder initial={tandem({ status: 'dissolved', can: { dissolve: false, proposeRematch: true } })} />,
    );
    await click(byRole('button', 'Propose a new mentor'));
    const status = await waitFor(() => {
      const text = container.querySelector('[role="status"]')?.textContent ?? '';
      if (!text) throw new Error('nothing said yet');
      return text;
    });
    expect(status).toBe('No mentor is free for Mia Mentee: 1 mentor excluded: forbidden pairs');
    expect(container.querySelector('li')).toBeNull();
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
