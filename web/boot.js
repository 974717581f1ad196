// Loads the app's WebAssembly, with the course beside it. A separate file
// (not an inline script) so the page works under a Content-Security-Policy
// without 'unsafe-inline'.
import course from './course.js';
import init from './web.js';

globalThis.dojoCourse = course;
init({ module_or_path: new URL('./web_bg.wasm', import.meta.url) });
