// Seeded matching instances shared by the benchmarks: profiles drawn from small vocabularies so
// every run sees the same people.
import type { MatchInput, Mentee, Mentor } from '../src/core/matching/index.ts';
import { random } from './seeded-random.ts';

const TOPICS = Array.from({ length: 24 }, (_, k) => `topic${k}`);
const LANGUAGES = ['English', 'German', 'French', 'Spanish', 'Italian'];
const CITIES = Array.from({ length: 12 }, (_, k) => `city${k}`);
const INDUSTRIES = ['banking', 'retail', 'energy', 'software', 'health', 'public', 'logistics', 'media'];
const REMOTE = ['in-person', 'remote', 'either'] as const;

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}
function some<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(rand() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(rand, list));
  return [...chosen];
}

export function generate(mentees: number, mentors: number, organisations: number, seed: number): MatchInput {
  const rand = random(seed);
  const org = () => `org${String(Math.floor(rand() * organisations)).padStart(4, '0')}`;
  const people: Mentee[] = [];
  for (let i = 0; i < mentees; i++) {
    const languages =
      rand() < 0.8 ? ['English', ...some(rand, LANGUAGES, 0, 1)] : some(rand, LANGUAGES, 1, 2);
    const preferred = rand() < 0.3 ? pick(rand, ['female', 'male']) : undefined;
    people.push({
      id: `me${String(i).padStart(6, '0')}`,
      organisation: org(),
      profile: {
        topics: some(rand, TOPICS, 2, 4),
        seniority: 1 + Math.floor(rand() * 3),
        languages: [...new Set(languages)],
        requiredLanguage: rand() < 0.05 ? 'English' : undefined,
        location: pick(rand, CITIES),
        remote: pick(rand, REMOTE),
        gender: pick(rand, ['female', 'male']),
        preferredMentorGender: preferred,
        preferredMentorGenderStrength: preferred && rand() < 0.1 ? 'hard' : 'soft',
        industry: pick(rand, INDUSTRIES),
      },
    });
  }
  const givers: Mentor[] = [];
  for (let j = 0; j < mentors; j++) {
    const languages =
      rand() < 0.85 ? ['English', ...some(rand, LANGUAGES, 0, 2)] : some(rand, LANGUAGES, 1, 2);
    givers.push({
      id: `mo${String(j).padStart(6, '0')}`,
      organisation: org(),
      capacity: 1 + Math.floor(rand() * 3),
      profile: {
        topics: some(rand, TOPICS, 3, 6),
        seniority: 3 + Math.floor(rand() * 4),
        languages: [...new Set(languages)],
        location: pick(rand, CITIES),
        remote: pick(rand, REMOTE),
        gender: pick(rand, ['female', 'male']),
        industry: pick(rand, INDUSTRIES),
      },
    });
  }
  return { mentees: people, mentors: givers };
}
