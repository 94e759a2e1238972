// crossmentor scores: every allowed pair's profile score with its per-criterion contributions.
import { parseArgs } from 'node:util';
import { CRITERIA, forEachScoredPair } from '../core/matching/index.ts';
import {
  csvField,
  readExclusions,
  readMentees,
  readMentors,
  readPairs,
  reportInputError,
  UsageError,
  writeAtomically,
} from './matching-csv.ts';

const USAGE = `Usage: crossmentor scores --mentees mentees.csv --mentors mentors.csv --out scores.csv
  [--exclude exclusions.csv] [--forbid forbid.csv]

Writes mentee_id,mentor_id,score and one column per criterion (${CRITERIA.join(', ')}) for every
pair the hard rules allow. Feeding the file back to "crossmentor match --scores" gives the same optimum.
`;

export async function runScoresCommand(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        mentees: { type: 'string' },
        mentors: { type: 'string' },
        exclude: { type: 'string' },
        forbid: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (!values.mentees || !values.mentors || !values.out)
      throw new UsageError('--mentees, --mentors and --out are required');
    const mentees = readMentees(values.mentees).people;
    const mentors = readMentors(values.mentors).people;
    const menteeIds = new Set(mentees.map((m) => m.id));
    const mentorIds = new Set(mentors.map((m) => m.id));
    const exclusions = values.exclude ? readExclusions(values.exclude) : [];
    const forbidden = values.forbid ? readPairs(values.forbid, menteeIds, mentorIds) : [];
    let count = 0;
    writeAtomically(values.out, (write) => {
      write(`mentee_id,mentor_id,score,${CRITERIA.join(',')}\n`);
      forEachScoredPair({ mentees, mentors, rules: { exclusions, forbidden } }, (pair) => {
        const parts = CRITERIA.map((c) => pair.contributionTexts[c]);
        write(`${csvField(pair.menteeId)},${csvField(pair.mentorId)},${pair.scoreText},${parts.join(',')}\n`);
        count++;
      });
    });
    process.stdout.write(`wrote ${count} pairs to ${values.out}\n`);
    return 0;
  } catch (error) {
    const code = reportInputError('scores', USAGE, error);
    if (code === null) throw error;
    return code;
  }
}
