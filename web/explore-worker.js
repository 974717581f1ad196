// One of the page's explore workers (see web/src/workers.rs): its own
// instance of the app's wasm, compiled once by the page and handed over as
// the first message. Every later message is a search message in bytes,
// which the wasm answers by posting bytes back (web/src/worker_side.rs).
import init, { explore_worker } from './web.js';

let ready = null;
const post = (bytes) => postMessage(bytes, [bytes.buffer]);

onmessage = async ({ data }) => {
  if (data instanceof WebAssembly.Module) {
    ready = init({ module_or_path: data });
    return;
  }
  await ready;
  explore_worker(data, post);
};
