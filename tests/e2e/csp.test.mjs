// The Content-Security-Policy dist/ ships in its own pages, on a host that
// sends no header at all: no 'unsafe-eval', eval and the Function
// constructor refused, no script in the shipped JavaScript that evaluates
// strings, and the whole page (stepping, Explore, a lesson, the phrase
// bank, a write-up, the embed preview) used with no violation. Text a
// learner types, even markup, stays text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, withPage, screenshot, DIST } from './harness.mjs';

const env = useServerAndBrowser();

/// Every violation any frame reports, kept in the page's window.
async function watchViolations(page) {
  const seen = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.push(m.text()); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return seen;
}

test('every page of dist/ ships a policy without unsafe-eval', async () => {
  for (const file of ['index.html', 'bench.html', 'embed-example.html']) {
    const html = await readFile(join(DIST, file), 'utf8');
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    assert.ok(policy, `${file} has a policy`);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/, file);
    assert.doesNotMatch(policy, /'unsafe-eval'|script-src[^;]*'unsafe-inline'/, file);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)/, `${file} has no inline script`);
  }
  // Nor does any script the pages load evaluate a string.
  for (const file of (await readdir(DIST)).filter((f) => f.endsWith('.js'))) {
    const js = await readFile(join(DIST, file), 'utf8');
    assert.doesNotMatch(js, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/, file);
  }
});

test('under the shipped policy the page works and refuses eval', async () => {
  await withPage(env.browser, 'csp-page', async (page, problems) => {
    const violations = await watchViolations(page);
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.server.url}?lang=en`);
    await page.getByRole('button', { name: 'g1 main.main' }).click();
    await page.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();

    // A script of the page's own origin (what an injected script would
    // be at best) tries to evaluate strings. Playwright's evaluate is
    // exempt from the policy, so the probe is a real script file (served
    // by a route, which the blocked service worker cannot bypass).
    const probe = `window.probe = [() => eval('1 + 1'), () => new Function('return 1')()]
      .map((f) => { try { f(); return 'ran'; } catch (e) { return e.name; } });`;
    await page.route('**/csp-probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: probe }));
    await page.addScriptTag({ url: './csp-probe.js' });
    assert.deepEqual(await page.evaluate(() => window.probe), ['EvalError', 'EvalError']);
    // Those two refusals were ours, on purpose.
    violations.length = 0;
    problems.length = 0;

    await page.getByRole('button', { name: 'Explore', exact: true }).first().click();
    await page.getByRole('button', { name: /replay step by step/i }).first().waitFor({ timeout: 30_000 });

    // What a learner types into a write-up is text, whatever it looks like.
    await page.getByRole('tab', { name: 'Write-up' }).click();
    await page.getByRole('button', { name: 'Draft from the last failing run' }).click();
    const markup = '<img src=x onerror="window.pwned = 1"><script>window.pwned = 2</script>[click](javascript:window.pwned=3)';
    await page.locator('.writeup-part textarea').first().fill(markup);
    const preview = await page.getByTestId('writeup-markdown').textContent();
    assert.ok(preview.includes(markup), 'the preview shows the characters typed');
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.locator('#app img, #app script, #app a[href^="javascript:"]').count(), 0);

    await page.getByRole('tab', { name: 'Phrases' }).click();
    await page.getByLabel('Search phrases').fill('<script>');
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.frameLocator('iframe').first().getByRole('button', { name: 'g1 main.main' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'csp-page');

    await page.goto(`${env.server.url}?lang=zh&lesson=stop-channel-race`);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
  }, { serviceWorkers: 'block' });
});
