// Time as a learner meets it: once a timer could fire while a goroutine
// can still run, a timers card says when it goes off and offers to fire
// it now; firing it lets a timeout beat the sender, and the key `t` does
// the same. A `//dojo:synctest` program says that time waits instead.

import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

// The explorer corpus's timeout race, as a learner would paste it.
const TIMEOUT = readFileSync(new URL('../explore/select_timeout_races_send.go', import.meta.url), 'utf8');

const env = useServerAndBrowser();

/// Loads `src` into a fresh playground.
async function open(page, src) {
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
  await page.getByLabel('Go source (editable)').fill(src);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
}

/// Steps main while it can run (its button is disabled once it cannot).
async function stepMainUntilBlocked(page) {
  const main = page.getByRole('button', { name: 'g1 main.main' });
  for (let i = 0; i < 30 && (await main.isEnabled()); i++) {
    await main.click();
  }
}

test('a timer can be fired while a goroutine could still run', async () => {
  await withPage(env.browser, 'timers-fire', async (page, problems) => {
    await open(page, TIMEOUT);
    await stepMainUntilBlocked(page);
    const card = page.getByTestId('timer-lane');
    await card.waitFor();
    assert.match(await card.textContent(), /The next timer goes off at 1ms/);
    await screenshot(page, 'timers-card');
    await card.getByRole('button', { name: 'Fire it now' }).click();
    await stepMainUntilBlocked(page);
    await page.getByTestId('stdout').filter({ hasText: 'timeout' }).waitFor();

    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('button', { name: '重置' }).click();
    const main = page.getByRole('button', { name: 'g1 main.main' });
    for (let i = 0; i < 30 && (await main.isEnabled()); i++) {
      await main.click();
    }
    assert.match(await card.textContent(), /下一个定时器在 1ms 到期/);
    await page.keyboard.press('t');
    await card.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
  });
});

test('a synctest program says time waits for everyone to block', async () => {
  await withPage(env.browser, 'timers-synctest', async (page, problems) => {
    await open(page, `//dojo:synctest\n${TIMEOUT}`);
    const note = page.getByTestId('bubble-time');
    await note.waitFor();
    assert.match(await note.textContent(), /time moves only when every goroutine is blocked/);
    await stepMainUntilBlocked(page);
    assert.equal(await page.getByTestId('timer-lane').count(), 0);
    assert.deepEqual(problems, []);
  });
});
