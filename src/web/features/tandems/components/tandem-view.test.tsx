// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Tandem } from '../../../../shared/contract/tandems.ts';
import { render } from '../../../test/dom.tsx';
import { TandemView } from './tandem-view.tsx';

const person = (participantId: string, name: string): Tandem['mentee'] => ({
  participantId,
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  organisationName: 'Alpha',
  jobTitle: '',
  seniority: null,
  languages: [],
  location: '',
  topics: [],
  text: '',
});

const tandem = (viewerSide: Tandem['viewerSide']): Tandem => ({
  id: '22222222-2222-4222-8222-222222222222',
  cycleId: '11111111-1111-4111-8111-111111111111',
  cycleName: 'Cycle 2027',
  status: 'active',
  publishedAt: '2027-01-10T09:00:00.000Z',
  dissolvedAt: null,
  dissolvedReason: null,
  mentee: person('33333333-3333-4333-8333-333333333333', 'Mia Mentee'),
  mentor: person('44444444-4444-4444-8444-444444444444', 'Bea Mentor'),
  reasons: ['Shares 2 of the goals: negotiation, leading teams'],
  viewerSide,
  can: { dissolve: false, proposeRematch: false },
});

const headings = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);

describe('TandemView', () => {
  it('tells a member why “you” were matched', async () => {
    await render(<TandemView tandem={tandem('mentee')} />);
    expect(headings()).toContain('Why you were matched');
  });

  it('tells staff, who look at two other people, why “they” were matched', async () => {
    await render(<TandemView tandem={tandem(null)} />);
    expect(headings()).toContain('Why they were matched');
    expect(headings()).not.toContain('Why you were matched');
  });
});
