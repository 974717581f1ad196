// Loads the app's WebAssembly. A separate file (not an inline script) so the
// page works under a Content-Security-Policy without 'unsafe-inline'.
import init from './web.js';

init({ module_or_path: new URL('./web_bg.wasm', import.meta.url) });
