// crossmentor match: read the matching CSV files, run the engine, write matches.csv.
import { parseArgs } from 'node:util';
import { type MatchInput, matchTandems } from '../core/matching/index.ts';
import {
  csvField,
  progressReporter,
  readExclusions,
  readMentees,
  readMentors,
  readPairs,
  readScores,
  reportInputError,
  UsageError,
  writeAtomically,
} from './matching-csv.ts';

const USAGE = `Usage: crossmentor match --mentees mentees.csv --mentors mentors.csv --out matches.csv
  [--scores scores.csv] [--exclude exclusions.csv] [--pins pins.csv] [--forbid forbid.csv]
  [--mode optimal|stable] [--reciprocity T] [--explain] [--json] [--progress | --no-progress]

Pairs every mentee with a mentor from another organisation: most mentees matched first, then the
largest total score, exactly. See docs/matching.md for the file formats and the score model.
Exit codes: 0 done, 2 bad input (nothing written), 1 unexpected failure.
`;

export async function runMatchCommand(argv: string[]): Promise<number> {
  const started = performance.now();
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        mentees: { type: 'string' },
        mentors: { type: 'string' },
        scores: { type: 'string' },
        exclude: { type: 'string' },
        pins: { type: 'string' },
        forbid: { type: 'string' },
        mode: { type: 'string', default: 'optimal' },
        reciprocity: { type: 'string' },
        explain: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
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
    if (values.mode !== 'optimal' && values.mode !== 'stable')
      throw new UsageError('--mode must be optimal or stable');
    let reciprocity: number | undefined;
    if (values.reciprocity !== undefined) {
      if (!/^\d+$/.test(values.reciprocity)) throw new UsageError('--reciprocity must be a whole number ≥ 0');
      reciprocity = Number(values.reciprocity);
    }
    const mentees = readMentees(values.mentees).people;
    const mentors = readMentors(values.mentors).people;
    const menteeIds = new Set(mentees.map((m) => m.id));
    const mentorIds = new Set(mentors.map((m) => m.id));
    const input: MatchInput = {
      mentees,
      mentors,
      rules: {
        exclusions: values.exclude ? readExclusions(values.exclude) : [],
        forbidden: values.forbid ? readPairs(values.forbid, menteeIds, mentorIds) : [],
        pins: values.pins ? readPairs(values.pins, menteeIds, mentorIds) : [],
        reciprocityTolerance: reciprocity,
      },
    };
    if (values.scores) input.scores = readScores(values.scores, menteeIds, mentorIds);
    const progress = progressReporter(
      values['no-progress'] ? false : (values.progress ?? Boolean(process.stderr.isTTY)),
    );
    const result = await matchTandems(input, {
      mode: values.mode,
      explain: values.explain,
      onProgress: progress.report,
    });
    progress.finish();
    writeAtomically(values.out, (write) => {
      write(values.explain ? 'mentee_id,mentor_id,score,reasons\n' : 'mentee_id,mentor_id,score\n');
      for (const pair of result.pairs) {
        const row = [csvField(pair.menteeId), csvField(pair.mentorId), pair.scoreText];
        if (values.explain) row.push(csvField(pair.reasons.join('; ')));
        write(`${row.join(',')}\n`);
      }
    });
    const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
    if (values.json) {
      const summary: Record<string, unknown> = {
        matched: result.matched,
        unmatched: result.unmatched.length,
        total_score: result.totalScore,
        seconds,
        mode: result.mode,
      };
      if (result.blockingPairs !== null) summary.blocking_pairs = result.blockingPairs;
      if (result.optimalComparison) {
        summary.optimal = {
          matched: result.optimalComparison.matched,
          total_score: result.optimalComparison.totalScore,
          blocking_pairs: result.optimalComparison.blockingPairs,
        };
      }
      if (values.explain) {
        summary.unmatched_mentees = result.unmatched.map((u) => ({
          mentee_id: u.menteeId,
          reasons: u.reasons,
        }));
      }
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    } else {
      const lines = [
        `${result.mode} matching: ${result.matched} matched, ${result.unmatched.length} unmatched, total score ${result.totalScoreText}${result.blockingPairs === null ? '' : `, ${result.blockingPairs} blocking pairs`} (${seconds} s)`,
      ];
      if (result.optimalComparison) {
        const o = result.optimalComparison;
        lines.push(
          `optimal for comparison: ${o.matched} matched, total score ${o.totalScore}, ${o.blockingPairs} blocking pairs`,
        );
      }
      if (values.explain) {
        for (const u of result.unmatched) lines.push(`unmatched ${u.menteeId}: ${u.reasons.join('; ')}`);
      }
      lines.push(`wrote ${values.out}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return 0;
  } catch (error) {
    const code = reportInputError('match', USAGE, error);
    if (code === null) throw error;
    return code;
  }
}
