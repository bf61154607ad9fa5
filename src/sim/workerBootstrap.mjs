// Starts the TypeScript worker when brink runs from source (tests, tsx): Node 20 cannot start a
// worker from a .ts file, so this registers tsx first. The compiled build uses worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
