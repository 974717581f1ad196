// Goroutine Dojo's service worker: the page opens offline after its first
// visit. `cargo xtask dist` writes BUILD (a hash of the built files) and
// FILES (what the app needs) into the copy it ships; a new deploy changes
// BUILD, so the browser installs the new worker, which fills a new cache
// and deletes the old one.
//
// Network first, cache as the fallback: online, every load is the
// deployed version (never a stale mix of old and new files); offline, the
// whole build the worker installed. Paths are relative to this file, so
// the worker serves whatever sub-path it was deployed under.

const BUILD = 'dev';
const FILES = [];
const PREFIX = 'goroutine-dojo-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(
      keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)),
    )),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(fetch(request).catch(() => fromCache(request)));
});

// The query (`?lesson=…&embed=1`) only tells the app what to show; the
// file is the same.
async function fromCache(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request, { ignoreSearch: true })) ?? Response.error();
}
