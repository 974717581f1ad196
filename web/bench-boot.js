// Loads the benchmark page's WebAssembly: a build of its own, so the
// benchmarks' code and programs do not weigh on the app learners load.
import texts from './texts.js';
import init from './bench.js';

// Resolves to each prelude package's files, or null where one failed to load.
const prelude = (folders) =>
  Promise.all(folders.map((f) => import(`./prelude/${f}.js`).then((m) => m.default, () => null)));
globalThis.dojoData = { prelude, texts };

init({ module_or_path: new URL('./bench_bg.wasm', import.meta.url) });
