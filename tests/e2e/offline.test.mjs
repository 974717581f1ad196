// dist/ as a team deploys it: under a sub-path of a plain static server,
// behind the Content-Security-Policy docs/hosting.md recommends (no
// 'unsafe-eval', no inline script). The service worker registers with
// the sub-path as its scope, the page sets no cookies, and after the
// first visit the page, an embed and the example host page all work with
// the network gone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, withPage, screenshot } from './harness.mjs';

// The policy of docs/hosting.md, for a wiki at the same origin.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const env = {};
before(async () => {
  env.server = await startServer({ prefix: '/wiki/dojo/', headers: { 'Content-Security-Policy': CSP } });
  env.browser = await launchBrowser();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

test('under a sub-path, with a strict CSP, the page works offline after its first visit', async () => {
  await withPage(env.browser, 'offline', async (page, problems) => {
    const csp = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) csp.push(m.text()); });
    await page.goto(`${env.server.url}?lesson=unbuffered-channels`);
    await page.getByRole('button', { name: 'g1 main.main' }).first().waitFor();

    // The worker is scoped to the folder the app was deployed in, and has
    // cached this build.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, env.server.url);
    const caches = await page.evaluate(async () => {
      const keys = await globalThis.caches.keys();
      const cache = await globalThis.caches.open(keys[0]);
      return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(caches.keys.length, 1);
    assert.match(caches.keys[0], /^goroutine-dojo-[0-9a-f]{16}$/);
    assert.ok(caches.files.includes('/wiki/dojo/web_bg.wasm'), caches.files.join(' '));
    assert.ok(!caches.files.includes('/wiki/dojo/bench_bg.wasm'));
    assert.deepEqual(await page.context().cookies(), [], 'no cookies');

    // The network goes away: the server stops and the browser is offline.
    await env.server.close();
    env.server.close = async () => {};
    await page.context().setOffline(true);

    await page.reload();
    await page.getByRole('button', { name: 'g1 main.main' }).first().click();
    await page.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();
    await screenshot(page, 'offline-page');

    // An embed, with its query, and the example host page load offline too.
    await page.goto(`${page.url().split('?')[0]}?embed=1&lesson=select&lang=zh`);
    await page.getByRole('link', { name: '在 Goroutine 道场中打开' }).waitFor();
    await page.goto(`${page.url().split('?')[0]}embed-example.html`);
    await page.frameLocator('iframe[title="Goroutine Dojo: lesson 2"]').getByTestId('step-counter').waitFor();
    await page.getByTestId('log').getByText('lesson 2: ready', { exact: false }).waitFor();
    await screenshot(page, 'offline-example');

    assert.deepEqual(csp, [], 'nothing was refused by the Content-Security-Policy');
    assert.deepEqual(await page.context().cookies(), [], 'no cookies');
    assert.deepEqual(problems, []);
  });
});
