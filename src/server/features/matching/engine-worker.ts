// Runs one match in a worker thread and reports progress and the result to the server.
import { parentPort, workerData } from 'node:worker_threads';
import { type MatchInput, MatchingError, matchTandems } from '../../../core/matching/index.ts';
import type { EngineMessage } from './engine-runner.ts';

const { input, mode } = workerData as { input: MatchInput; mode: 'optimal' | 'stable' };
const post = (message: EngineMessage) => parentPort!.postMessage(message);
let lastProgress = 0;
try {
  const result = await matchTandems(input, {
    mode,
    explain: true,
    onProgress: (progress) => {
      const now = Date.now();
      if (now - lastProgress < 200) return;
      lastProgress = now;
      post({ type: 'progress', progress });
    },
  });
  post({ type: 'result', result });
} catch (error) {
  post(
    error instanceof MatchingError
      ? { type: 'error', code: error.code, message: error.message, subjects: [...error.subjects] }
      : {
          type: 'error',
          code: null,
          message: error instanceof Error ? error.message : String(error),
          subjects: [],
        },
  );
}
