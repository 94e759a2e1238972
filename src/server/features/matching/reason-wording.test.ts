import { describe, expect, it } from 'vitest';
import { type MatchInput, type Mentee, type Mentor, matchTandems } from '../../../core/matching/index.ts';
import { Wording } from '../../messages.ts';
import { DEAD_RUN_ERROR } from './match-runs.service.ts';
import {
  exclusionReasonIn,
  exclusionReasonKept,
  explainedIn,
  proposalsIn,
  reasonWording,
  rematchIn,
  runIn,
} from './reason-wording.service.ts';

// Every form of the matching's reasons: English words it exactly as the engine (and the CLI) writes
// it, German leaves no placeholder and no English behind.

const samples: Record<string, string> = {
  pinned: 'pinned by the coordinator',
  scoresFile: 'score given in the scores file',
  sharesGoals: 'shares goals: negotiation, leading teams',
  moreSenior: '2 levels more senior',
  moreSeniorOne: '1 level more senior',
  bothSpeak: 'both speak German, English',
  bothSpeakUnknown: 'both speak Klingon',
  bothIn: 'both in Berlin',
  remotePreferred: 'mentee prefers remote and the mentor meets remotely',
  bothRemote: 'both can meet remotely',
  mentorGender: 'mentor gender as preferred (female)',
  differentIndustry: 'different industry (banking / retail)',
  sameIndustry: 'same industry (banking)',
  noEligibleMentor:
    'no eligible mentor at all: same organisation (1 mentor); does not speak the required language (3 mentors); excluded organisation pair (1 mentor); forbidden pair (2 mentors); not the required mentor gender (1 mentor); pair not listed in the scores (4 mentors)',
  noMentors: 'no eligible mentor at all: there are no mentors',
  pinnedTakeAll: "every eligible mentor's places are taken by pinned mentees (a, b)",
  reciprocity:
    'matching them would break the reciprocity balance (tolerance 0), although mentor m has a free place',
  stableTaken: "every eligible mentor's places went to mentees they score higher (stable mode)",
  betterTotal: "every eligible mentor's places are taken by a better total",
  bestAlternative: 'best alternative: mentor m, which would lower the total score by 2.5',
  bestAlternativeDisplacing:
    'best alternative: mentor m, which would lower the total score by 2.5; mentee a would be unmatched instead',
  unassignedByCoordinator: 'Unassigned by the coordinator.',
  unassignedForbidden: 'Their proposed mentor was forbidden on the board; re-run to find another.',
};

const german: Record<string, string> = {
  sharesGoals: 'gemeinsame Ziele: negotiation, leading teams',
  moreSenior: '2 Karrierestufen höher',
  moreSeniorOne: 'eine Karrierestufe höher',
  bothSpeak: 'beide sprechen Deutsch, Englisch',
  bothSpeakUnknown: 'beide sprechen Klingon',
  mentorGender: 'Geschlecht der Mentorin oder des Mentors wie gewünscht (weiblich)',
  noMentors: 'keine Mentorin und kein Mentor kommt infrage: es gibt keine Mentorinnen und Mentoren',
  bestAlternativeDisplacing:
    'beste Alternative: Mentorin oder Mentor m, was die Gesamtpunktzahl um 2.5 senken würde; stattdessen bliebe Mentee a ohne Tandem',
};

describe('the matching reasons in words', () => {
  it.each(Object.entries(samples))('%s: English as written, German in full', (_, text) => {
    const wording = reasonWording(text);
    expect(wording).toBeInstanceOf(Wording);
    expect((wording as Wording).in('en')).toBe(text);
    const inGerman = (wording as Wording).in('de');
    expect(inGerman).not.toMatch(/[{}]/);
    expect(inGerman).not.toBe(text);
  });

  it('says each form in German', () => {
    for (const [kind, text] of Object.entries(german)) {
      expect((reasonWording(samples[kind]!) as Wording).in('de'), kind).toBe(text);
    }
  });

  it('lists every excluding rule in German', () => {
    expect((reasonWording(samples.noEligibleMentor!) as Wording).in('de')).toBe(
      'keine Mentorin und kein Mentor kommt infrage: dieselbe Organisation (1 Mentorin oder Mentor); spricht die geforderte Sprache nicht (3 Mentorinnen und Mentoren); ausgeschlossenes Paar von Organisationen (1 Mentorin oder Mentor); gesperrtes Paar (2 Mentorinnen und Mentoren); nicht das geforderte Geschlecht (1 Mentorin oder Mentor); Paar nicht in der Datei mit den Punktzahlen (4 Mentorinnen und Mentoren)',
    );
  });

  it('shows a text in no known form as it is', () => {
    expect(reasonWording('a reason from an older engine')).toBe('a reason from an older engine');
    expect(reasonWording('no eligible mentor at all: a rule we never had (2 mentors)')).toBe(
      'no eligible mentor at all: a rule we never had (2 mentors)',
    );
  });

  it('knows every reason the engine writes', async () => {
    const mentee = (id: string, organisation: string, profile?: Mentee['profile']): Mentee => ({
      id,
      organisation,
      profile,
    });
    const mentor = (id: string, organisation: string, capacity = 1, profile?: Mentor['profile']): Mentor => ({
      id,
      organisation,
      capacity,
      profile,
    });
    const inputs: [MatchInput, 'optimal' | 'stable'][] = [
      [
        {
          mentees: [
            mentee('a', 'X', {
              topics: ['negotiation', 'sales'],
              languages: ['de', 'en'],
              seniority: 1,
              location: 'Berlin',
              remote: 'in-person',
              preferredMentorGender: 'female',
              industry: 'banking',
            }),
            mentee('b', 'X', { topics: ['sales'], seniority: 2, remote: 'remote', industry: 'retail' }),
            mentee('c', 'X', { remote: 'either', industry: 'retail' }),
            mentee('d', 'Y', { requiredLanguage: 'fr' }),
          ],
          mentors: [
            mentor('m', 'Y', 1, {
              topics: ['negotiation'],
              languages: ['de'],
              seniority: 3,
              location: 'Berlin',
              remote: 'either',
              gender: 'female',
              industry: 'retail',
            }),
            mentor('n', 'Z', 1, { topics: ['sales'], seniority: 3, remote: 'remote', industry: 'retail' }),
            mentor('o', 'Z', 1, { remote: 'either', industry: 'banking' }),
          ],
          rules: { pins: [{ menteeId: 'a', mentorId: 'm' }] },
        },
        'optimal',
      ],
      [
        {
          mentees: [mentee('a', 'X'), mentee('b', 'X')],
          mentors: [mentor('m', 'Y')],
          scores: [
            { menteeId: 'a', mentorId: 'm', score: 7.5 },
            { menteeId: 'b', mentorId: 'm', score: 5 },
          ],
        },
        'optimal',
      ],
      [
        { mentees: [mentee('a', 'X')], mentors: [mentor('m', 'Y')], rules: { reciprocityTolerance: 0 } },
        'optimal',
      ],
      [
        {
          mentees: [mentee('a', 'X', { topics: ['negotiation'] }), mentee('b', 'X', { topics: ['sales'] })],
          mentors: [mentor('m', 'Y', 1, { topics: ['negotiation'] })],
        },
        'stable',
      ],
    ];
    const seen: string[] = [];
    for (const [input, mode] of inputs) {
      const result = await matchTandems(input, { explain: true, mode });
      for (const p of result.pairs) seen.push(...p.reasons);
      for (const u of result.unmatched) seen.push(...u.reasons);
    }
    expect(seen.length).toBeGreaterThan(8);
    for (const text of seen) {
      const wording = reasonWording(text);
      expect(wording, text).toBeInstanceOf(Wording);
      expect((wording as Wording).in('en')).toBe(text);
    }
  });
});

describe("a dissolved tandem's exclusion", () => {
  it('reads in the language asked, and is kept in English whatever the form sends back', () => {
    expect(exclusionReasonIn('Tandem dissolved: Mentor changed jobs', 'de')).toBe(
      'Tandem aufgelöst: Mentor changed jobs',
    );
    expect(exclusionReasonIn('Tandem dissolved: Mentor changed jobs', 'en')).toBe(
      'Tandem dissolved: Mentor changed jobs',
    );
    expect(exclusionReasonIn('competitors', 'de')).toBe('competitors');
    expect(exclusionReasonKept('Tandem aufgelöst: Mentor changed jobs')).toBe(
      'Tandem dissolved: Mentor changed jobs',
    );
    expect(exclusionReasonKept('Tandem dissolved: x')).toBe('Tandem dissolved: x');
    expect(exclusionReasonKept('competitors')).toBe('competitors');
  });
});

describe("a run's error", () => {
  it('reads in German when the server wrote it', () => {
    expect(runIn({ error: DEAD_RUN_ERROR }, 'de').error).toBe(
      'Der Server wurde während dieses Laufs beendet; starten Sie den Lauf bitte erneut.',
    );
    expect(runIn({ error: DEAD_RUN_ERROR }, 'en').error).toBe(DEAD_RUN_ERROR);
    expect(runIn({ error: 'duplicate mentee id "a"' }, 'de').error).toBe('duplicate mentee id "a"');
  });

  it("words the engine's refusals a cycle's rules lead to, and keeps others as they are", async () => {
    const refusal = async (input: MatchInput, mode: 'optimal' | 'stable' = 'optimal') => {
      try {
        await matchTandems(input, { mode });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error('expected a refusal');
    };
    const person = (id: string, organisation: string) => ({ id, organisation });
    const refusals = [
      await refusal({
        mentees: [person('a', 'X')],
        mentors: [{ ...person('m', 'X'), capacity: 1 }],
        rules: { pins: [{ menteeId: 'a', mentorId: 'm' }] },
      }),
      await refusal({
        mentees: [person('a', 'X'), person('b', 'X')],
        mentors: [{ ...person('m', 'Y'), capacity: 1 }],
        rules: {
          pins: [
            { menteeId: 'a', mentorId: 'm' },
            { menteeId: 'b', mentorId: 'm' },
          ],
        },
      }),
      await refusal(
        {
          mentees: [person('a', 'X')],
          mentors: [{ ...person('m', 'Y'), capacity: 1 }],
          rules: { reciprocityTolerance: 0 },
        },
        'stable',
      ),
      await refusal({
        mentees: [person('a', 'X')],
        mentors: [{ ...person('m', 'Y'), capacity: 1 }],
        rules: { reciprocityTolerance: 0, pins: [{ menteeId: 'a', mentorId: 'm' }] },
      }),
    ];
    expect(refusals.map((error) => runIn({ error }, 'de').error)).toEqual([
      'Das fixierte Paar a → m verletzt eine Regel: dieselbe Organisation',
      'Mentorin oder Mentor „m“ hat 2 fixierte Paare, aber nur 1 Platz',
      'Der stabile Modus kann die Gegenseitigkeit nicht zugleich einhalten; wählen Sie bitte eines von beiden.',
      expect.stringMatching(
        /^Mit diesen fixierten Paaren hält die Gegenseitigkeit die Toleranz 0 nicht ein; nicht im Gleichgewicht: /,
      ),
    ]);
    for (const error of refusals) expect(runIn({ error }, 'en').error).toBe(error);
  });
});

describe('the answers of the routes', () => {
  const tandem = { id: 't', reasons: ['shares goals: sales', 'a reason from an older engine'] };
  const proposal = { reasons: ['pinned by the coordinator'], ruleBreaks: ['the pair is forbidden'] };

  it('word a tandem, the board, an approval page and a re-match in German', () => {
    expect(explainedIn(tandem, 'de')).toEqual({
      id: 't',
      reasons: ['gemeinsame Ziele: sales', 'a reason from an older engine'],
    });
    const board = proposalsIn(
      { version: 3, proposals: [proposal], unmatched: [{ reasons: ['Unassigned by the coordinator.'] }] },
      'de',
    );
    expect(board).toEqual({
      version: 3,
      proposals: [{ reasons: ['von der Koordination fixiert'], ruleBreaks: ['das Paar ist ausgeschlossen'] }],
      unmatched: [{ reasons: ['Von der Koordination aus dem Vorschlag genommen.'] }],
    });
    expect(proposalsIn({ proposals: [proposal] }, 'de')).toEqual({ proposals: [board.proposals[0]] });
    expect(
      rematchIn(
        { reasons: ["every eligible mentor's places are taken by a better total"], alternatives: [tandem] },
        'de',
      ),
    ).toEqual({
      reasons: [
        'alle Plätze der infrage kommenden Mentorinnen und Mentoren sind durch eine bessere Gesamtpunktzahl besetzt',
      ],
      alternatives: [explainedIn(tandem, 'de')],
    });
  });

  it('answer English as it is kept', () => {
    expect(explainedIn(tandem, 'en')).toBe(tandem);
    expect(proposalsIn({ proposals: [proposal] }, 'en').proposals[0]).toBe(proposal);
  });
});
