// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import { byRole, fakeApi, render } from '../../../test/dom.tsx';
import { ApprovalList } from './approval-list.tsx';

const cycleId = '00000000-0000-4000-8000-0000000000c1';
const item = (n: number, approval: 'pending' | 'approved' | 'change_requested' = 'pending') => ({
  menteeId: `00000000-0000-4000-8000-00000000010${n}`,
  menteeName: `Mia ${n}`,
  mentorId: `00000000-0000-4000-8000-00000000020${n}`,
  mentorName: `Max ${n}`,
  mentorOrganisationName: 'Beta Motors',
  mentorJobTitle: n === 1 ? 'Direktorin' : '',
  reasons: ['teilt Ziele: Verhandeln'],
  ruleBreaks: [] as string[],
  approval,
  approvalComment: approval === 'change_requested' ? 'Lieber jemand aus der Technik' : null,
  can: { decide: true },
});

async function renderInGerman(proposals: ReturnType<typeof item>[]) {
  fakeApi(() => undefined);
  await render(
    <LanguageProvider language="de" setLanguage={() => {}}>
      <ApprovalList view={{ cycleId, status: 'in_approval', proposals }} onChange={() => undefined} />
    </LanguageProvider>,
  );
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('ApprovalList in German', () => {
  it('shows the proposals, their states and the decisions in German', async () => {
    const text = await renderInGerman([item(1), item(2), item(3, 'change_requested')]);
    expect(text).toContain('3 von 3 Vorschlägen warten auf Ihre Entscheidung oder eine Änderung.');
    expect(text).toContain('Vorgeschlagen als Mentorin oder Mentor: Max 1, Direktorin bei Beta Motors');
    expect(text).toContain('Max 2 (ohne Angabe der Tätigkeit) bei Beta Motors');
    expect(text).toContain('Warum dieser Vorschlag');
    expect(text).toContain('Wartet auf Freigabe');
    expect(text).toContain('Änderung erbeten');
    expect(text).toContain('Ihr Kommentar: „Lieber jemand aus der Technik“');
    expect(byRole('button', 'Freigeben Max 1 für Mia 1')).toBeTruthy();
    expect(byRole('button', 'Änderung erbitten für Mia 1')).toBeTruthy();
    // Two wait for a decision: the bulk approval counts them, in the plural.
    expect(byRole('button', 'Alle angezeigten freigeben (2)')).toBeTruthy();
  });

  it('uses the singular when one proposal of several waits', async () => {
    const text = await renderInGerman([item(1), item(2, 'approved')]);
    expect(text).toContain('1 von 2 Vorschlägen wartet auf Ihre Entscheidung oder eine Änderung.');
    expect(text).toContain('Freigegeben');
  });
});
