// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { answers, byRole, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { contact, cycle, ids, organisation } from '../test/fixtures.ts';
import { MyOrganisationPage } from './my-organisation.tsx';

const proposal = (n: number, approval: 'pending' | 'approved') => ({
  menteeId: `00000000-0000-4000-8000-00000000c0${String(n).padStart(2, '0')}`,
  menteeName: `Mentee ${n}`,
  mentorId: `00000000-0000-4000-8000-00000000d0${String(n).padStart(2, '0')}`,
  mentorName: `Mentor ${n}`,
  mentorOrganisationName: 'Globex',
  mentorJobTitle: 'Director',
  reasons: [],
  ruleBreaks: [],
  approval,
  approvalComment: null,
  can: { decide: true },
});

async function home(proposals: ReturnType<typeof proposal>[]) {
  fakeApi(
    answers({
      getOrganisation: () => json(200, organisation(ids.acme, 'Acme')),
      listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
      listOrganisationContacts: () => json(200, { contacts: [] }),
      listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
      getDraftApproval: () => json(200, { cycleId: ids.cycle2025, status: 'in_approval', proposals }),
    }),
  );
  await render(signedIn(contact, <MyOrganisationPage />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));
}

describe('the contact’s home', () => {
  it('says how many proposals wait for their approval, and links to them', async () => {
    await home([proposal(1, 'pending'), proposal(2, 'pending'), proposal(3, 'approved')]);
    const waiting = document.querySelector('section[aria-labelledby="contact-to-do"]')?.textContent;
    expect(waiting).toContain('2 proposals wait for your approval in Leadership 2025');
    expect(byRole('link', 'Review the proposals').getAttribute('href')).toBe(`/approval/${ids.cycle2025}`);
  });

  it('says so when nothing waits', async () => {
    await home([proposal(1, 'approved')]);
    expect(document.body.textContent).toContain('Nothing waits for your approval right now.');
  });
});
