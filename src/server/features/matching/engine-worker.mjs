// A worker thread starts without the parent's TypeScript loader; register tsx, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
