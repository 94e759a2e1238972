// Runs matches in a worker thread, one job after another, and reports progress and results.
import { parentPort } from 'node:worker_threads';
import { MatchingError, matchTandems } from '../../../core/matching/index.ts';
import type { EngineJob, EngineMessage } from './engine-runner.ts';

const post = (message: EngineMessage) => parentPort!.postMessage(message);
let queue: Promise<void> = Promise.resolve();

async function run({ job, input, mode }: EngineJob) {
  let lastProgress = 0;
  try {
    const result = await matchTandems(input, {
      mode,
      explain: true,
      onProgress: (progress) => {
        const now = Date.now();
        if (now - lastProgress < 200) return;
        lastProgress = now;
        post({ job, type: 'progress', progress });
      },
    });
    post({ job, type: 'result', result });
  } catch (error) {
    post(
      error instanceof MatchingError
        ? { job, type: 'error', code: error.code, message: error.message, subjects: [...error.subjects] }
        : {
            job,
            type: 'error',
            code: null,
            message: error instanceof Error ? error.message : String(error),
            subjects: [],
          },
    );
  }
}

parentPort!.on('message', (job: EngineJob) => {
  queue = queue.then(() => run(job));
});
