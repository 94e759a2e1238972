import { describe, expect, it } from 'vitest';
import { MatchingError } from '../../../core/matching/index.ts';
import { runEngine } from './engine-runner.ts';

const input = {
  mentees: [
    {
      id: 'mia',
      organisation: 'alpha',
      profile: { topics: ['negotiation'], seniority: 2, languages: ['de'] },
    },
    {
      id: 'ben',
      organisation: 'beta',
      profile: { topics: ['leading teams'], seniority: 2, languages: ['en'] },
    },
  ],
  mentors: [
    {
      id: 'mona',
      organisation: 'alpha',
      capacity: 1,
      profile: { topics: ['leading teams'], seniority: 5, languages: ['en'] },
    },
    {
      id: 'bea',
      organisation: 'beta',
      capacity: 1,
      profile: { topics: ['negotiation'], seniority: 4, languages: ['de'] },
    },
  ],
};

describe('the engine in a worker thread', () => {
  it('gives the same result as in-process', async () => {
    const inProcess = await runEngine(input, 'optimal', false, () => {});
    const inWorker = await runEngine(input, 'optimal', true, () => {});
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ['ben', 'mona'],
      ['mia', 'bea'],
    ]);
  });

  it('passes the engine’s own errors through with their code', async () => {
    const impossible = { ...input, rules: { pins: [{ menteeId: 'mia', mentorId: 'mona' }] } };
    const error = await runEngine(impossible, 'optimal', true, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MatchingError);
    expect((error as MatchingError).code).toBe('impossible-pin');
  });
});
