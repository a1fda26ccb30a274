// The entry of an ingest worker thread. Worker threads do not inherit the TypeScript loader the
// main thread runs under (`node --import tsx`), so register it here, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./ingest-worker.ts');
