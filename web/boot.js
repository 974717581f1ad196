// Loads the app's WebAssembly, with what it would otherwise carry beside it:
// the course, the example programs and the string table, handed over in the
// one global the wasm reads them from (named after their files; see
// web/src/data), and the way to load a prelude package's Go sources when a
// program first imports it. A separate file (not an inline script) so the
// page works under a Content-Security-Policy without 'unsafe-inline'.

// The wasm's size once decompressed, written in by `cargo xtask dist` (the
// download is counted in decompressed bytes, whatever the server's
// Content-Encoding); 0 in a copy that was not built, which shows bytes only.
const WASM_BYTES = 0;

// Progress, in the language the page will open in (`?lang=`, else the one
// chosen last, else English, as the app decides).
const lang = (() => {
  let stored = null;
  try { stored = localStorage.getItem('dojo.lang'); } catch { /* storage off */ }
  const code = new URLSearchParams(location.search).get('lang') ?? stored ?? 'en';
  return /^(zh|cn)/i.test(code) ? 'zh' : 'en';
})();
// index.html shows the same bar, indeterminate, from the first paint.
const label = document.createElement('span');
const bar = document.createElement('progress');
bar.max = 100;
bar.setAttribute('aria-label', lang === 'zh' ? '加载进度' : 'Loading progress');
document.querySelector('.loading')?.replaceChildren(label, bar);
let shown = -1;
const show = (received) => {
  const kb = Math.round(received / 1024);
  const pct = WASM_BYTES > 0 ? Math.min(99, Math.floor((received / WASM_BYTES) * 100)) : -1;
  // Whole steps only, so a screen reader is not flooded.
  const key = pct >= 0 ? Math.floor(pct / 10) : Math.floor(kb / 100);
  if (key === shown) return;
  shown = key;
  if (pct >= 0) bar.value = pct; else bar.removeAttribute('value');
  label.textContent = lang === 'zh'
    ? `正在加载 Goroutine 道场…${pct >= 0 ? ` ${pct}%` : ''}（${kb} KB）`
    : `Loading Goroutine Dojo…${pct >= 0 ? ` ${pct}%` : ''} (${kb} KB)`;
};
show(0);

// The wasm first (it is most of the bytes), counted as it streams in and
// compiled while it does. Compiled once: the page runs it, and so does each
// explore worker, which gets the compiled module instead of fetching and
// compiling it again.
const url = new URL('./web_bg.wasm', import.meta.url);
const counted = async () => {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let received = 0;
  const body = response.body.pipeThrough(new TransformStream({
    transform(chunk, out) {
      received += chunk.byteLength;
      show(received);
      out.enqueue(chunk);
    },
  }));
  return new Response(body, { headers: { 'Content-Type': 'application/wasm' } });
};
const wasmReady = WebAssembly.compileStreaming(counted())
  .catch(async () => WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
const [course, programs, texts, init] = await Promise.all(
  ['./course.js', './programs.js', './texts.js', './web.js'].map((m) => import(m).then((x) => x.default)),
);
const wasm = await wasmReady;

// Resolves to each prelude package's files, or null where one failed to load.
const prelude = (folders) =>
  Promise.all(folders.map((f) => import(`./prelude/${f}.js`).then((m) => m.default, () => null)));
// Resolves to a lesson's text, or null where it failed to load.
const lessonText = (folder) => import(`./lesson/${folder}.js`).then((m) => m.default, () => null);

// A new explore worker (web/src/workers.rs); throws where module workers
// cannot start, and the page then explores on its main thread.
const explorer = () => {
  const worker = new Worker(new URL('./explore-worker.js', import.meta.url), { type: 'module' });
  worker.postMessage(wasm);
  return worker;
};
globalThis.dojoData = { course, explorer, lessonText, prelude, programs, texts };
await init({ module_or_path: wasm });

// Offline after the first visit (see sw.js), registered once the app runs
// so its files do not compete with the first load. The relative URL keeps
// the worker's scope to the folder the app is deployed in. Browsers refuse
// it on file:// and in some sandboxed frames, which only costs offline use.
navigator.serviceWorker?.register('./sw.js').catch(() => {});
