// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Cycle } from '../../shared/contract/cycles.ts';
import { answers, byRole, callsTo, fakeApi, json, render, signedIn, waitFor } from '../test/dom.tsx';
import { contact, cycle, ids, organisation } from '../test/fixtures.ts';
import { organisationDashboard } from '../test/report-fixtures.ts';
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

async function home(
  proposals: ReturnType<typeof proposal>[],
  cycles: Cycle[] = [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')],
) {
  const calls = fakeApi(
    answers({
      listMyEvents: () => json(200, { events: [] }),
      getOrganisation: () => json(200, organisation(ids.acme, 'Acme')),
      listOrganisations: () => json(200, { organisations: [organisation(ids.acme, 'Acme')] }),
      listOrganisationContacts: () => json(200, { contacts: [] }),
      listCycles: () => json(200, { cycles }),
      getDraftApproval: ({ params }) => json(200, { cycleId: params.id, status: 'in_approval', proposals }),
      getCycleDashboard: ({ params }) => {
        const found = cycles.find((c) => c.id === params.id)!;
        const dashboard = organisationDashboard();
        return json(200, { ...dashboard, cycle: { ...dashboard.cycle, id: found.id, name: found.name } });
      },
    }),
  );
  await render(signedIn(contact, <MyOrganisationPage />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Acme'));
  return calls;
}

const glances = () =>
  [...document.querySelectorAll('section[aria-labelledby="my-org-glance"] article')].map(
    (a) => a.querySelector('h3')?.textContent,
  );

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

  it('sums up each running cycle and the one closed last: how far its people got, its to-dos, its dashboard and report', async () => {
    const running = { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), status: 'running' as const };
    const closed = (id: string, name: string, startsOn: string) => ({
      ...cycle(id, name, startsOn),
      status: 'closed' as const,
    });
    const calls = await home(
      [proposal(1, 'pending')],
      [
        closed(ids.cycle2024, 'Leadership 2024', '2024-01-01'),
        running,
        closed('00000000-0000-4000-8000-0000000000c3', 'Leadership 2023', '2023-01-01'),
      ],
    );
    await waitFor(() => expect(document.querySelector('.cycle-glance dl')).not.toBeNull());
    expect(glances()).toEqual(['Leadership 2025', 'Leadership 2024']);
    expect(callsTo(calls, 'getCycleDashboard')).toHaveLength(2);

    const glance = document.querySelector(`article[aria-labelledby="glance-${ids.cycle2025}"]`)!;
    const facts = [...glance.querySelectorAll('dl > div')].map((d) => [
      d.querySelector('dt')?.textContent,
      d.querySelector('dd')?.textContent,
    ]);
    expect(facts).toEqual([
      ['Nominated', '14 mentees, 6 mentors'],
      ['In a tandem', '10 mentees, 2 mentors'],
      ['Agreement signed', '9 mentees, 1 mentor'],
      ['Active in the last 6 weeks', '7 mentees, 0 mentors'],
    ]);
    // The proposals are counted by the list at the top of the page; the glance adds the rest.
    const todos = [...glance.querySelectorAll('li')].map((li) => li.textContent);
    expect(todos).toEqual(
      expect.arrayContaining(['1 profile is not finished yet', '3 tandems need attention']),
    );
    expect(todos.some((t) => t?.includes('wait for your approval'))).toBe(false);

    const dashboardLink = [...glance.querySelectorAll('a')].find(
      (a) => a.textContent === 'Open the dashboard of Leadership 2025',
    );
    expect(dashboardLink?.getAttribute('href')).toBe(`/cycles/${ids.cycle2025}/dashboard`);
    const report = [...glance.querySelectorAll('a')].find(
      (a) => a.textContent === 'Your organisation’s report',
    );
    expect(report?.getAttribute('href')).toBe(`/cycles/${ids.cycle2025}/organisations/${ids.acme}/report`);
    const pdf = [...glance.querySelectorAll('a')].find(
      (a) => a.textContent === 'PDF: Your organisation’s report',
    );
    expect(pdf?.getAttribute('href')).toBe(
      `/api/v1/cycles/${ids.cycle2025}/organisations/${ids.acme}/report.pdf?language=en`,
    );
  });

  it('sums up the latest cycle when none is running or closed yet', async () => {
    await home(
      [],
      [
        cycle(ids.cycle2024, 'Leadership 2024', '2024-01-01'),
        cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'),
      ],
    );
    await waitFor(() => expect(document.querySelector('.cycle-glance dl')).not.toBeNull());
    expect(glances()).toEqual(['Leadership 2025']);
  });
});
