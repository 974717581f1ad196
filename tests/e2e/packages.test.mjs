// The prelude's packages load as programs import them: the first visit
// fetches only what the opening program needs, a pasted program that
// imports more waits for those packages and then runs, and a package that
// cannot be fetched says so (in both languages) until an edit tries again.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

const MATH = `package main

import (
	"fmt"
	"math"
	"strings"
)

func main() {
	fmt.Println(math.Sqrt(2), strings.ToUpper("go"), math.Inf(-1))
}
`;

/// The prelude modules the page has requested, by package folder.
function preludeRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/prelude\/(.+)\.js$/);
    if (m) seen.push(m[1]);
  });
  return seen;
}

/// Waits until `pkg` was requested and the page is no longer waiting for
/// packages: the edited program is built.
async function untilLoaded(page, seen, pkg) {
  for (let i = 0; i < 200 && !seen.includes(pkg); i++) await page.waitForTimeout(50);
  assert.ok(seen.includes(pkg), `${pkg} never requested: ${seen}`);
  await page.locator('.loading-packages').waitFor({ state: 'detached' });
}

async function runToEnd(page) {
  await page.getByLabel('Speed').selectOption('fast');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('outcome').filter({ hasText: 'exit status 0' }).waitFor({ timeout: 20_000 });
}

test('packages load when a program imports them, and only then', async () => {
  await withPage(env.browser, 'packages-on-demand', async (page, problems) => {
    const seen = preludeRequests(page);
    await page.goto(`${env.server.url}?program=stop-channel-race`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    for (const pkg of ['runtime', 'fmt', 'context']) assert.ok(seen.includes(pkg), `${pkg} in ${seen}`);
    for (const pkg of ['math', 'strings', 'unicode', 'slices']) assert.ok(!seen.includes(pkg), `${pkg} loaded early: ${seen}`);

    await page.getByLabel('Go source (editable)').fill(MATH);
    await untilLoaded(page, seen, 'unicode');
    for (const pkg of ['math', 'strings']) assert.ok(seen.includes(pkg), `${pkg} not loaded: ${seen}`);
    await runToEnd(page);
    assert.equal(await page.getByTestId('stdout').textContent(), '1.4142135623730951 GO -Inf\n');
    assert.deepEqual(problems, []);
  });
});

test('a package that cannot be fetched is reported, and the next edit tries again', async () => {
  await withPage(env.browser, 'packages-unreachable', async (page) => {
    const seen = preludeRequests(page);
    await page.goto(`${env.server.url}?program=stop-channel-race`);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();

    let blocked = true;
    await page.route(/\/prelude\/math\.js$/, (route) => (blocked ? route.abort() : route.continue()));
    await page.getByLabel('Go source (editable)').fill(MATH);
    await page.getByTestId('notice').filter({ hasText: 'could not be loaded' }).waitFor();
    const missing = page.getByRole('status').filter({ hasText: 'Not loaded:' });
    assert.equal(await missing.textContent(), 'Not loaded: math');
    assert.equal(await page.locator('.diagnostics').count(), 0, 'no compile errors while packages are missing');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByTestId('notice').filter({ hasText: '没能加载' }).waitFor();
    await page.getByRole('status').filter({ hasText: '未能加载： math' }).waitFor();
    await screenshot(page, 'packages-unreachable');
    await page.getByRole('button', { name: 'English', exact: true }).click();

    blocked = false;
    seen.length = 0;
    await page.getByLabel('Go source (editable)').fill(MATH.replace('"go"', '"dojo"'));
    await untilLoaded(page, seen, 'math');
    await runToEnd(page);
    assert.equal(await page.getByTestId('stdout').textContent(), '1.4142135623730951 DOJO -Inf\n');
  }, { serviceWorkers: 'block' }); // routes do not see what a service worker fetches
});
