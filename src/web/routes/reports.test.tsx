// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import type { CycleReport, Dashboard } from '../../shared/contract/reports.ts';
import {
  answers,
  apiError,
  byRole,
  callsTo,
  endpointOfLink,
  fakeApi,
  json,
  pageText,
  queryByRole,
  render,
  signedIn,
  waitFor,
} from '../test/dom.tsx';
import { contact, coordinator, cycle, ids } from '../test/fixtures.ts';
import {
  acmeReport,
  emptyReport,
  funnelFrom,
  organisationDashboard,
  programmeDashboard,
  programmeReport,
  tandemIds,
} from '../test/report-fixtures.ts';
import { cycleSections } from './cycle-sections.tsx';
import { DashboardPage, OrganisationReportPage, ProgrammeReportPage } from './reports.tsx';

const cycleId = ids.cycle2025;

async function openDashboard(account: Account, dashboard: Dashboard) {
  const calls = fakeApi(
    answers({
      getCycle: () => json(200, { ...cycle(cycleId, 'Leadership 2025', '2025-01-01'), status: 'running' }),
      getCycleDashboard: () => json(200, dashboard),
    }),
  );
  await render(signedIn(account, <DashboardPage id={cycleId} />));
  await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Dashboard: Leadership 2025'));
  await waitFor(() => expect(document.querySelector('[role="status"]')).toBeNull());
  return calls;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A table by its caption, as rows of cell texts (header row first). */
function tableRows(caption: string): string[][] {
  const table = [...document.querySelectorAll('table')].find((t) => text(t.caption) === caption);
  if (!table) throw new Error(`No table captioned "${caption}"`);
  return [...table.rows].map((row) => [...row.cells].map((c) => text(c)));
}

function row(caption: string, header: string): string[] {
  const found = tableRows(caption).find((r) => r[0] === header);
  if (!found) throw new Error(`No row "${header}" in "${caption}"`);
  return found;
}

describe('the dashboard, for the coordinator', () => {
  it('gives every chart’s figures as a table behind a disclosure, the drawing hidden from screen readers', async () => {
    const calls = await openDashboard(coordinator, programmeDashboard());
    expect(callsTo(calls, 'getCycleDashboard')[0]?.url.pathname).toBe(`/api/v1/cycles/${cycleId}/dashboard`);

    const funnel = 'Mentees and mentors per step of the cycle';
    expect(tableRows(funnel)[0]).toEqual(['Step', 'Mentees', 'Mentors']);
    expect(row(funnel, 'Nominated')).toEqual(['Nominated', '23', '17']);
    expect(row(funnel, 'Active in the last 6 weeks')).toEqual(['Active in the last 6 weeks', '16', '10']);

    const figures = [...document.querySelectorAll('figure')];
    expect(figures.map((f) => text(f.querySelector('figcaption')))).toEqual([
      funnel,
      'Mentors given and mentees received, per organisation',
      'Meetings held per month of the cycle',
    ]);
    for (const figure of figures) {
      expect(figure.querySelector('.chart__plot')?.getAttribute('aria-hidden')).toBe('true');
      // The table sits in a details element whose summary, a native control, opens it by keyboard.
      const summary = figure.querySelector('details > summary');
      expect(text(summary)).toBe(`Show as table: ${text(figure.querySelector('figcaption'))}`);
      expect(summary?.parentElement?.querySelector('table')).not.toBeNull();
    }
  });

  it('shows each organisation’s funnel, what it gives and receives, and meetings per month', async () => {
    await openDashboard(coordinator, programmeDashboard());
    expect(row('Mentees per step of the cycle, by organisation', 'Acme').slice(0, 3)).toEqual([
      'Acme',
      '14',
      '13',
    ]);
    expect(row('Mentors per step of the cycle, by organisation', 'Globex').slice(0, 3)).toEqual([
      'Globex',
      '11',
      '10',
    ]);
    expect(row('Mentees per step of the cycle, by organisation', 'All organisations').slice(0, 3)).toEqual([
      'All organisations',
      '23',
      '22',
    ]);

    const reciprocity = 'Mentors given and mentees received, per organisation';
    expect(row(reciprocity, 'Acme')).toEqual(['Acme', '4', '9']);
    expect(row(reciprocity, 'Globex')).toEqual(['Globex', '9', '4']);

    expect(tableRows('Meetings held per month of the cycle').slice(1)).toEqual([
      ['January 2025', '0'],
      ['February 2025', '12'],
      ['March 2025', '31'],
    ]);
  });

  it('lists the tandems that need attention, with why and since when, each linking to its tandem', async () => {
    await openDashboard(coordinator, programmeDashboard());
    const section = document.querySelector('section[aria-labelledby="dashboard-attention"]')!;
    const rows = [...section.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((r) => ({
      tandem: text(r.cells[0]),
      reasons: [...r.cells[1]!.querySelectorAll('.cell-line')].map((l) => text(l)),
      lastActivity: text(r.cells[2]),
    }));
    expect(rows).toEqual([
      {
        tandem: expect.stringMatching(/^Ada Lovelace · Acme\s*with Bea Mentor · Globex$/),
        reasons: ['No meeting for a long time', 'Meeting overdue'],
        lastActivity: '58 days ago',
      },
      {
        tandem: expect.stringMatching(/^Carl Friedrich · Globex\s*with Dora Mentor · Acme$/),
        reasons: ['Agreement not signed'],
        lastActivity: 'None yet',
      },
    ]);
    expect(byRole('link', 'Ada Lovelace').getAttribute('href')).toBe(`/tandems/${tandemIds.quiet}`);
    expect(byRole('link', 'Carl Friedrich').getAttribute('href')).toBe(`/tandems/${tandemIds.unsigned}`);
  });

  it('counts each event’s registrations, waiting list and attendance, linking to its attendee list', async () => {
    await openDashboard(coordinator, programmeDashboard());
    const section = document.querySelector('section[aria-labelledby="dashboard-events"]')!;
    const row = section.querySelector<HTMLTableRowElement>('tbody tr')!;
    expect([...row.cells].slice(1).map((c) => text(c))).toEqual(['18', '2', '15', '0']);
    expect(text(row.cells[0])).toContain('Kick-off');
    expect(byRole('link', 'Kick-off').getAttribute('href')).toBe(
      '/events/00000000-0000-4000-8000-0000000000e1/attendees',
    );
  });

  it('links the programme’s report and each organisation’s, each with its PDF', async () => {
    await openDashboard(coordinator, programmeDashboard());
    expect(byRole('link', 'Programme report').getAttribute('href')).toBe(`/cycles/${cycleId}/report`);
    const programmePdf = byRole('link', 'PDF: Programme report').getAttribute('href')!;
    expect(endpointOfLink(programmePdf)).toEqual({
      operationId: 'getProgrammeReportPdf',
      params: { id: cycleId },
    });
    expect(byRole('link', 'Report of Globex').getAttribute('href')).toBe(
      `/cycles/${cycleId}/organisations/${ids.globex}/report`,
    );
    expect(endpointOfLink(byRole('link', 'PDF: Report of Globex').getAttribute('href')!)).toEqual({
      operationId: 'getOrganisationReportPdf',
      params: { cycleId, organisationId: ids.globex },
    });
    expect(byRole('link', 'PDF: Report of Globex').hasAttribute('download')).toBe(true);
  });

  it('says so when nobody is nominated yet, and draws nothing', async () => {
    await openDashboard(coordinator, {
      ...programmeDashboard(),
      funnel: funnelFrom(0, 0),
      organisations: [],
      meetingsPerMonth: [],
      attention: [],
    });
    expect(pageText()).toContain(
      'Nobody has been nominated for this cycle yet. The dashboard fills once people are.',
    );
    expect(document.querySelector('figure')).toBeNull();
  });

  it('before any tandem, shows the funnel so far and says it fills as the cycle goes on', async () => {
    const funnel = funnelFrom(23, 17).map((f, i) => (i >= 4 ? { ...f, mentees: 0, mentors: 0 } : f));
    await openDashboard(coordinator, { ...programmeDashboard(), funnel, attention: [] });
    expect(pageText()).toContain('No tandems yet: the funnel fills as the cycle goes on.');
    expect(row('Mentees and mentors per step of the cycle', 'Proposed')).toEqual(['Proposed', '21', '15']);
    expect(document.querySelector('section[aria-labelledby="dashboard-attention"]')).toBeNull();
  });

  it('says so when no tandem needs attention and no meeting was held', async () => {
    await openDashboard(coordinator, {
      ...programmeDashboard(),
      attention: [],
      meetingsPerMonth: [{ month: '2025-01', held: 0 }],
    });
    expect(pageText()).toContain('No tandem needs attention right now.');
    expect(pageText()).toContain('No meeting has been held yet.');
    expect(document.querySelector('section[aria-labelledby="dashboard-attention"] table')).toBeNull();
  });
});

describe('the dashboard, for an organisation contact', () => {
  it('counts their to-dos, each linking where it is done', async () => {
    await openDashboard(contact, organisationDashboard());
    const todos = document.querySelector('section[aria-labelledby="dashboard-todos"]')!;
    expect([...todos.querySelectorAll('li')].map((li) => text(li))).toEqual([
      '2 proposals wait for your approval',
      '1 profile is not finished yet',
      '3 tandems need attention',
    ]);
    expect(byRole('link', '2 proposals').getAttribute('href')).toBe(`/approval/${cycleId}`);
    expect(byRole('link', '1 profile').getAttribute('href')).toBe(`/cycles/${cycleId}/profiles`);
    expect(byRole('link', '3 tandems').getAttribute('href')).toBe(`/cycles/${cycleId}/tandems`);
    expect(queryByRole('link', /invitation/)).toBeNull();
  });

  it('links unanswered invitations to the invitations page', async () => {
    await openDashboard(
      contact,
      organisationDashboard({
        proposalsToApprove: 0,
        profilesUnfinished: 0,
        invitationsUnanswered: 1,
        tandemsNeedingAttention: 0,
      }),
    );
    expect(text(document.querySelector('section[aria-labelledby="dashboard-todos"] li'))).toBe(
      '1 invitation has not been accepted yet',
    );
    expect(byRole('link', '1 invitation').getAttribute('href')).toBe('/invitations');
  });

  it('says so when nothing waits', async () => {
    await openDashboard(
      contact,
      organisationDashboard({
        proposalsToApprove: 0,
        profilesUnfinished: 0,
        invitationsUnanswered: 0,
        tandemsNeedingAttention: 0,
      }),
    );
    expect(pageText()).toContain('Nothing waits for you in this cycle right now.');
  });

  it('says why meetings per month are not shown when their people are in fewer than 5 tandems', async () => {
    await openDashboard(contact, {
      ...organisationDashboard(),
      meetingsPerMonth: [],
      meetingsPerMonthHidden: true,
    });
    expect(pageText()).toContain(
      'Your organisation’s people are in fewer than 5 tandems, so meetings per month are not shown: they would tell when one tandem met.',
    );
    expect(pageText()).not.toContain('Meetings held per month of the cycle');
  });

  it('offers their organisation’s report, not the programme’s, and no table of other organisations', async () => {
    await openDashboard(contact, organisationDashboard());
    expect(byRole('link', 'Your organisation’s report').getAttribute('href')).toBe(
      `/cycles/${cycleId}/organisations/${ids.acme}/report`,
    );
    expect(endpointOfLink(byRole('link', 'PDF: Your organisation’s report').getAttribute('href')!)).toEqual({
      operationId: 'getOrganisationReportPdf',
      params: { cycleId, organisationId: ids.acme },
    });
    expect(queryByRole('link', 'Programme report')).toBeNull();
    expect(pageText()).not.toContain('Mentees per step of the cycle, by organisation');
    expect(row('Mentees and mentors per step of the cycle', 'Nominated')).toEqual(['Nominated', '14', '6']);
  });
});

describe('the cycle’s tabs', () => {
  it('put the dashboard right after the overview, for both roles', () => {
    for (const role of ['coordinator', 'organisation_contact']) {
      expect(cycleSections(cycleId, role).slice(0, 2)).toEqual([
        { to: `/cycles/${cycleId}`, label: 'sectionOverview' },
        { to: `/cycles/${cycleId}/dashboard`, label: 'sectionDashboard' },
      ]);
    }
  });
});

async function openProgrammeReport(report: CycleReport) {
  fakeApi(answers({ getProgrammeReport: () => json(200, report) }));
  await render(signedIn(coordinator, <ProgrammeReportPage id={cycleId} />));
  await waitFor(() =>
    expect(document.querySelector('h1')?.textContent).toBe('Programme report: Leadership 2025'),
  );
}

/** The cell of a table's row under a column header. */
function cell(caption: string, header: string, column: string): string {
  const rows = tableRows(caption);
  const index = rows[0]!.indexOf(column);
  if (index < 0) throw new Error(`No column "${column}" in "${caption}"`);
  return row(caption, header)[index]!;
}

describe('the programme’s report', () => {
  it('shows the summary and each group’s figures', async () => {
    await openProgrammeReport(programmeReport());
    const facts = [...document.querySelectorAll('section[aria-labelledby="report-summary"] dl > div')].map(
      (d) => text(d),
    );
    expect(facts).toEqual([
      'Mentees nominated23',
      'Mentors nominated21',
      'Mentees in a tandem19',
      'Meetings held43',
    ]);
    expect(tableRows('Mentees per step of the cycle')[0]).toEqual(['Step', 'Programme', 'Acme', 'Globex']);
    expect(row('Mentees per step of the cycle', 'Nominated')).toEqual(['Nominated', '23', '13', '10']);
    expect(cell('Activity of the tandems', 'Tandems with a signed agreement', 'Programme')).toBe(
      '15 of 18 (83%)',
    );
    expect(cell('Outcomes by organisation', 'Promoted', 'Globex')).toBe('5 of 8 (63%)');
    expect(
      cell('Outcomes by organisation', 'Value of the tandem, in the mentees’ view (1–5)', 'Programme'),
    ).toBe('4.3 (12 answers)');
    expect(cell('Outcomes by gender, across the programme', 'Promoted', 'Women')).toBe('4 of 7 (57%)');
    expect(row('How valuable is your tandem so far?', 'Programme')).toEqual(['Programme', '17', '4.2']);
  });

  it('shows a hidden figure as hidden, with its reason, and never its number', async () => {
    await openProgrammeReport(programmeReport());
    // The fixture's hidden cells still carry a value (3 and 2): the page must not show it.
    const small = cell('Mentees per step of the cycle', 'Active in the last 6 weeks', 'Acme');
    expect(small).toBe('hidden*hidden: fewer than 5 people');
    const complementary = cell('Activity of the tandems', 'Meetings held', 'Acme');
    expect(complementary).toBe('hidden†hidden: a hidden figure could be worked out from it');
    const hiddenCell = [...document.querySelectorAll('.report-hidden')][0]!;
    expect(hiddenCell.querySelector('[aria-hidden="true"]')?.textContent).toBe('hidden*');
    expect(row('How valuable is your tandem so far?', 'Acme')).toEqual([
      'Acme',
      'hidden*hidden: fewer than 5 people',
    ]);
    expect(cell('Outcomes by gender, across the programme', 'Promoted', 'Men')).toBe(
      'hidden*hidden: fewer than 5 people',
    );
    // The legend tells what the marks mean.
    const legend = [...document.querySelectorAll('.report-legend > div')].map((d) => [
      text(d.querySelector('dt')),
      text(d.querySelector('dd')),
    ]);
    expect(legend).toEqual([
      ['hidden*', 'hidden: fewer than 5 people'],
      ['hidden†', 'hidden: a hidden figure could be worked out from it'],
    ]);
  });

  it('downloads as PDF from the report’s own address', async () => {
    await openProgrammeReport(programmeReport());
    const pdf = byRole('link', 'Download PDF');
    expect(pdf.getAttribute('href')).toBe(`/api/v1/cycles/${cycleId}/report.pdf?language=en`);
    expect(pdf.hasAttribute('download')).toBe(true);
    expect(byRole('link', 'Back to the dashboard').getAttribute('href')).toBe(`/cycles/${cycleId}/dashboard`);
  });

  it('says when no survey or follow-up has closed yet', async () => {
    await openProgrammeReport({ ...programmeReport(), surveys: [], outcomes: [] });
    expect(pageText()).toContain('No survey has closed yet. Its results appear here once it has.');
    expect(pageText()).toContain('No follow-up survey has closed yet. Outcomes appear here once one has.');
  });
});

describe('an organisation’s report', () => {
  async function openAcmeReport(account: Account, answer: () => Response) {
    fakeApi(answers({ getOrganisationReport: answer }));
    await render(signedIn(account, <OrganisationReportPage cycleId={cycleId} organisationId={ids.acme} />));
  }

  it('shows the organisation’s column beside the programme’s, and its PDF', async () => {
    await openAcmeReport(contact, () => json(200, acmeReport()));
    await waitFor(() =>
      expect(document.querySelector('h1')?.textContent).toBe('Report of Acme: Leadership 2025'),
    );
    expect(tableRows('Mentees per step of the cycle')[0]).toEqual(['Step', 'Programme', 'Acme']);
    // The summary speaks of Acme, not of the programme.
    expect(text(document.querySelector('section[aria-labelledby="report-summary"] dd'))).toBe('13');
    expect(byRole('link', 'Download PDF').getAttribute('href')).toBe(
      `/api/v1/cycles/${cycleId}/organisations/${ids.acme}/report.pdf?language=en`,
    );
  });

  it('is not found for a contact of another organisation', async () => {
    await openAcmeReport(contact, () => apiError(404, 'not_found', 'Organisation not found.'));
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Page not found'));
  });

  it('says so when nobody takes part yet', async () => {
    await openAcmeReport(coordinator, () => json(200, emptyReport()));
    await waitFor(() =>
      expect(pageText()).toContain('Nobody takes part in this cycle yet, so the report has no figures.'),
    );
    expect(document.querySelector('table')).toBeNull();
  });
});
