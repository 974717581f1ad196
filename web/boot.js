// Loads the app's WebAssembly, with what it would otherwise carry beside it:
// the course, the prelude's Go sources, the example programs and the string
// table. A separate file (not an inline script) so the page works under a
// Content-Security-Policy without 'unsafe-inline'.
import course from './course.js';
import prelude from './prelude.js';
import programs from './programs.js';
import texts from './texts.js';
import init from './web.js';

globalThis.dojoCourse = course;
globalThis.dojoPrelude = prelude;
globalThis.dojoPrograms = programs;
globalThis.dojoTexts = texts;
await init({ module_or_path: new URL('./web_bg.wasm', import.meta.url) });

// Offline after the first visit (see sw.js), registered once the app runs
// so its files do not compete with the first load. The relative URL keeps
// the worker's scope to the folder the app is deployed in. Browsers refuse
// it on file:// and in some sandboxed frames, which only costs offline use.
navigator.serviceWorker?.register('./sw.js').catch(() => {});
