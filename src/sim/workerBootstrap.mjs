// Starts the worker when brink runs from source (tests, tsx). Node 20 cannot start a worker from
// a .ts file. When the compiled build is current (dist/ newer than every file under src/, as the
// test setup leaves it), the worker is the compiled one: registering tsx and compiling the model
// again cost each worker about 0.7 CPU-seconds, paid by every in-process ensemble of the test
// suite. Otherwise tsx is registered first. Both are built from the same source, and the
// determinism tests compare their bytes with the main thread's.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../../dist/sim/worker.js', import.meta.url);

/** The newest modification time of any file under `dir`. */
function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const mtime = statSync(`${entry.parentPath ?? entry.path}/${entry.name}`).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

function compiledIsCurrent() {
  try {
    return statSync(fileURLToPath(compiled)).mtimeMs >= newestUnder(fileURLToPath(new URL('..', import.meta.url)));
  } catch {
    return false;
  }
}

if (compiledIsCurrent()) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./worker.ts');
}
