import { Worker } from 'node:worker_threads';
import {
  type MatchInput,
  MatchingError,
  type MatchingErrorCode,
  type MatchResult,
  matchTandems,
  type Progress,
} from '../../../core/matching/index.ts';

export interface EngineJob {
  job: number;
  input: MatchInput;
  mode: 'optimal' | 'stable';
}

export type EngineMessage =
  | { job: number; type: 'progress'; progress: Progress }
  | { job: number; type: 'result'; result: MatchResult }
  | { job: number; type: 'error'; code: MatchingErrorCode | null; message: string; subjects: string[] };

interface Pending {
  resolve: (result: MatchResult) => void;
  reject: (error: Error) => void;
  onProgress: (progress: Progress) => void;
}

// One long-lived worker per process: starting a worker (and its TypeScript loader) costs about
// half a second, which every run would pay again. Jobs queue inside the worker, one at a time.
let worker: Worker | null = null;
let nextJob = 1;
const pending = new Map<number, Pending>();

function engineWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./engine-worker.mjs', import.meta.url));
  created.unref();
  created.on('message', (message: EngineMessage) => {
    const job = pending.get(message.job);
    if (!job) return;
    if (message.type === 'progress') return job.onProgress(message.progress);
    pending.delete(message.job);
    if (message.type === 'result') job.resolve(message.result);
    else {
      job.reject(
        message.code
          ? new MatchingError(message.code, message.message, message.subjects)
          : new Error(`matching engine failed: ${message.message}`),
      );
    }
  });
  const failAll = (error: Error) => {
    if (worker === created) worker = null;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(error);
    }
  };
  created.on('error', failAll);
  created.on('exit', (code) => failAll(new Error(`matching engine stopped with exit code ${code}`)));
  worker = created;
  return created;
}

/**
 * Runs the engine. In a worker thread by default, so a large run never blocks the server's other
 * requests; in-process where asked (tests that want to stay on one thread).
 */
export function runEngine(
  input: MatchInput,
  mode: 'optimal' | 'stable',
  inWorker: boolean,
  onProgress: (progress: Progress) => void,
): Promise<MatchResult> {
  if (!inWorker) return matchTandems(input, { mode, explain: true, onProgress });
  return new Promise((resolve, reject) => {
    const job = nextJob++;
    pending.set(job, { resolve, reject, onProgress });
    engineWorker().postMessage({ job, input, mode } satisfies EngineJob);
  });
}
