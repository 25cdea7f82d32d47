// Worker threads start without the TypeScript loader that the main thread registered: register
// it here, then run the TypeScript worker named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
