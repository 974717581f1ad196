// The "build it" exercises as a learner does them (two lessons and an
// interview write task): the skeleton does not pass,
// a plausible wrong solution is refused with the verdict over every
// interleaving, and a right one meets the lesson's verify goal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, withPage } from './harness.mjs';

const lessons = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lessons');
const read = (file) => readFile(join(lessons, file), 'utf8');
const env = useServerAndBrowser();

const bounded = await read('07e-bounded-concurrency/solution.go');
const EXERCISES = [
  {
    slug: 'bounded-concurrency',
    // The token goes back as soon as the goroutine starts, not when its
    // fetch is done: in some schedules three fetches run at once.
    wrong: bounded.replace('defer func() { <-sem }() // give the token back', '<-sem // give the token back'),
    right: bounded,
    verdict: /✗ .*panic/,
  },
  {
    slug: 'first-error',
    // Returns at the first error without waiting: every interleaving exits
    // 0, but the other calls are left blocked, which the goal refuses.
    wrong: await read('11a-first-error/early_return.go'),
    right: await read('11a-first-error/solution.go'),
    verdict: /[✓✗]/,
  },
];

/// Replaces the learner's code and waits for the verdict over it.
async function submit(page, code, verdict) {
  await page.getByRole('textbox', { name: 'Go source (editable)' }).fill(code);
  await page.locator('.verdict.checking').waitFor();
  await page.getByTestId('verdict').filter({ hasText: verdict }).waitFor({ timeout: 60_000 });
}

for (const { slug, wrong, right, verdict } of EXERCISES) {
  test(`"${slug}": a wrong solution is refused over every interleaving, a right one passes`, async () => {
    assert.notEqual(wrong, right, 'the wrong solution differs from the right one');
    await withPage(env.browser, `buildit-${slug}`, async (page, problems) => {
      await page.goto(`${env.server.url}?lesson=${slug}`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${env.server.url}?lesson=${slug}`);
      await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
      const goals = page.getByTestId('goal');
      const verify = goals.last();
      await page.getByTestId('verdict').filter({ hasText: /[✓✗]/ }).waitFor({ timeout: 30_000 });
      assert.equal(await verify.filter({ hasText: '✓' }).count(), 0, 'the skeleton does not pass');

      await submit(page, wrong, verdict);
      assert.equal(await verify.filter({ hasText: '✓' }).count(), 0, 'the wrong solution does not pass');

      await submit(page, right, /✓ (all [\d,]+ interleavings|the only interleaving) end/);
      await verify.filter({ hasText: '✓' }).waitFor({ timeout: 10_000 });
      assert.deepEqual(problems, []);
    });
  });
}

test('the bounded downloader interview task: three at once is refused, two at a time passes', async () => {
  const right = await read('interview/21-bounded-downloader/solution.go');
  // Every URL fetched at once: the harness sees three downloads running.
  const wrong = right
    .replace('\tsem := make(chan struct{}, limit)\n', '')
    .replace('\t\t\tsem <- struct{}{}\n\t\t\tdefer func() { <-sem }()\n', '');
  assert.notEqual(wrong, right, 'the wrong answer differs from the right one');
  await withPage(env.browser, 'buildit-downloader', async (page, problems) => {
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await page.getByRole('tab', { name: 'Interview' }).click();
    await page.getByLabel('Scenario').selectOption({ label: '21. Download them all, two at a time (medium)' });
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('heading', { name: 'The task' }).waitFor();
    const editor = page.getByRole('textbox', { name: 'Go source (editable)' });
    const verdict = page.getByTestId('write-verdict');
    await editor.fill(wrong);
    await verdict.filter({ hasText: /^✗ [\d,]+ of [\d,]+ interleavings do not/ }).waitFor({ timeout: 60_000 });
    await editor.fill(right);
    await verdict.filter({ hasText: '✓ Every interleaving exits cleanly' }).waitFor({ timeout: 60_000 });
    assert.deepEqual(problems, []);
  });
});
