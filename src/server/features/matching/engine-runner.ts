import { Worker } from 'node:worker_threads';
import {
  type MatchInput,
  MatchingError,
  type MatchingErrorCode,
  type MatchResult,
  matchTandems,
  type Progress,
} from '../../../core/matching/index.ts';

export type EngineMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'result'; result: MatchResult }
  | { type: 'error'; code: MatchingErrorCode | null; message: string; subjects: string[] };

/**
 * Runs the engine. In a worker thread by default, so a large run never blocks the server's other
 * requests; in-process where workers cannot load TypeScript (the test runner).
 */
export function runEngine(
  input: MatchInput,
  mode: 'optimal' | 'stable',
  inWorker: boolean,
  onProgress: (progress: Progress) => void,
): Promise<MatchResult> {
  if (!inWorker) return matchTandems(input, { mode, explain: true, onProgress });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./engine-worker.mjs', import.meta.url), {
      workerData: { input, mode },
    });
    let settled = false;
    worker.on('message', (message: EngineMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'result') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(
          message.code
            ? new MatchingError(message.code, message.message, message.subjects)
            : new Error(`matching engine failed: ${message.message}`),
        );
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`matching engine stopped with exit code ${code}`));
    });
  });
}
