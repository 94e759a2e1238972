// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Draft, Proposal } from '../../../../shared/contract/matching.ts';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import { byLabel, byRole, fakeApi, render } from '../../../test/dom.tsx';
import { ReviewBoard } from './review-board.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const orgA = '00000000-0000-4000-8000-0000000000a1';
const orgB = '00000000-0000-4000-8000-0000000000b1';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function proposal(n: number, overrides: Partial<Proposal> = {}): Proposal {
  return {
    menteeId: id(1000 + n),
    menteeName: `Mentee ${n}`,
    menteeOrganisationId: orgA,
    menteeOrganisationName: 'Alpha Bank',
    mentorId: id(2000 + n),
    mentorName: `Mentor ${n}`,
    mentorOrganisationId: orgB,
    mentorOrganisationName: 'Beta Motors',
    score: 70.5 + n,
    contributions: [{ criterion: 'topics', points: n }],
    reasons: [`reason ${n}`],
    source: 'engine',
    ruleBreaks: [],
    approval: 'pending',
    approvalComment: null,
    ...overrides,
  };
}

function draft(proposals: Proposal[], overrides: Partial<Draft> = {}): Draft {
  return {
    cycleId,
    runId: id(77),
    version: 4,
    status: 'in_approval',
    proposals,
    unmatched: [
      {
        menteeId: id(9),
        name: 'Lena Lonely',
        organisationId: orgA,
        organisationName: 'Alpha Bank',
        reasons: ['no mentor speaks fi'],
      },
    ],
    pins: [],
    forbidden: [],
    mentors: proposals.map((p) => ({
      mentorId: p.mentorId,
      name: p.mentorName,
      organisationId: p.mentorOrganisationId,
      organisationName: p.mentorOrganisationName,
      capacity: 2,
      used: 1,
    })),
    approvalByOrganisation: [],
    can: { edit: true, sendForApproval: false, publish: false, startRun: true, adoptRun: false },
    ...overrides,
  };
}

async function renderInGerman(d: Draft) {
  fakeApi(() => undefined);
  await render(
    <LanguageProvider language="de" setLanguage={() => {}}>
      <ReviewBoard cycleId={cycleId} draft={d} onDraft={() => undefined} reload={() => undefined} />
    </LanguageProvider>,
  );
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('ReviewBoard in German', () => {
  it('says what the draft holds with German plurals, scores and controls', async () => {
    const text = await renderInGerman(
      draft([proposal(1, { approvalComment: 'Bitte jemand aus dem Vertrieb' }), proposal(2)]),
    );
    expect(text).toContain('Bei den Organisationen zur Freigabe');
    expect(text).toContain('2 vorgeschlagene Tandems, 1 Mentee ohne Zuordnung.');
    expect(text).toContain('Fassung 4 des Entwurfs.');
    expect(text).toContain('2 Vorschläge.');
    expect(text).toContain('Wartet auf Freigabe');
    expect(text).toContain('„Bitte jemand aus dem Vertrieb“');
    // Scores with a decimal comma.
    expect(text).toContain('72,5');
    expect(text).toContain('2 Mentorinnen und Mentoren, 2 freie Plätze.');
    expect(text).toContain(
      'Veröffentlichen ist möglich, sobald eine Organisation einen Vorschlag freigegeben hat.',
    );
    expect(byRole('button', 'Freigegebene Tandems veröffentlichen')).toBeTruthy();
    expect(byRole('button', 'Fixieren Mentee 1 und Mentor 1')).toBeTruthy();
    expect(byRole('button', 'Mentorin oder Mentor wählen für Lena Lonely')).toBeTruthy();
    expect(byLabel('Sortieren nach').textContent).toContain('Ziele und Fachgebiete, niedrigste zuerst');
  });

  it('uses the singular for one proposal and one free place', async () => {
    const one = draft([proposal(1)], { unmatched: [] });
    one.mentors = [{ ...one.mentors[0]!, capacity: 2, used: 1 }];
    const text = await renderInGerman(one);
    expect(text).toContain('1 vorgeschlagenes Tandem, 0 Mentees ohne Zuordnung.');
    expect(text).toContain('1 Vorschlag.');
    expect(text).toContain('1 Mentorin oder Mentor, 1 freier Platz.');
  });
});
