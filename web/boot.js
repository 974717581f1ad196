// Loads the app's WebAssembly, with what it would otherwise carry beside it:
// the course, the example programs and the string table, handed over in the
// one global the wasm reads them from (named after their files; see
// web/src/data), and the way to load a prelude package's Go sources when a
// program first imports it. A separate file (not an inline script) so the
// page works under a Content-Security-Policy without 'unsafe-inline'.
import course from './course.js';
import programs from './programs.js';
import texts from './texts.js';
import init from './web.js';

// Resolves to each prelude package's files, or null where one failed to load.
const prelude = (folders) =>
  Promise.all(folders.map((f) => import(`./prelude/${f}.js`).then((m) => m.default, () => null)));

// Compiled once: the page runs it, and so does each explore worker, which
// gets the compiled module instead of fetching and compiling it again.
// A server that labels it with another MIME type than application/wasm
// only costs the streaming.
const url = new URL('./web_bg.wasm', import.meta.url);
const wasm = await WebAssembly.compileStreaming(fetch(url))
  .catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));

// A new explore worker (web/src/workers.rs); throws where module workers
// cannot start, and the page then explores on its main thread.
const explorer = () => {
  const worker = new Worker(new URL('./explore-worker.js', import.meta.url), { type: 'module' });
  worker.postMessage(wasm);
  return worker;
};
globalThis.dojoData = { course, explorer, prelude, programs, texts };
await init({ module_or_path: wasm });

// Offline after the first visit (see sw.js), registered once the app runs
// so its files do not compete with the first load. The relative URL keeps
// the worker's scope to the folder the app is deployed in. Browsers refuse
// it on file:// and in some sandboxed frames, which only costs offline use.
navigator.serviceWorker?.register('./sw.js').catch(() => {});
