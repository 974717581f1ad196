// Loads the app's WebAssembly, with the course and the prelude's Go sources
// beside it (text the wasm would otherwise carry). A separate file (not an
// inline script) so the page works under a Content-Security-Policy without
// 'unsafe-inline'.
import course from './course.js';
import prelude from './prelude.js';
import init from './web.js';

globalThis.dojoCourse = course;
globalThis.dojoPrelude = prelude;
init({ module_or_path: new URL('./web_bg.wasm', import.meta.url) });
