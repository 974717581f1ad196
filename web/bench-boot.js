// Loads the benchmark page's WebAssembly: a build of its own, so the
// benchmarks' code and programs do not weigh on the app learners load.
import prelude from './prelude.js';
import texts from './texts.js';
import init from './bench.js';

globalThis.dojoData = { prelude, texts };

init({ module_or_path: new URL('./bench_bg.wasm', import.meta.url) });
