// Exploring in Web Workers, as a learner sees it: the default program's
// verdict and the Explore button's outcomes are the same whether the page
// explores on its main thread (?workers=0) or in one or three Web Workers;
// by default it starts one worker per core, and keeps them for the next
// search. A program whose search
// is long is cancelled by an edit, and the new program's verdict is the
// one shown.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage } from './harness.mjs';

const env = useServerAndBrowser();

/// Opens the flagship afresh with `?workers=N` (the default when `workers`
/// is null); returns the workers it starts, as they start.
async function open(page, workers) {
  const url = `${env.server.url}?program=stop-channel-race${workers === null ? '' : `&workers=${workers}`}`;
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  const started = [];
  page.on('worker', (w) => started.push(w));
  await page.goto(url);
  return started;
}

/// The verdict, and every outcome Explore lists (heading, output, count).
async function verdictAndOutcomes(page) {
  const verdict = page.getByTestId('verdict').filter({ hasText: /[✓✗]/ });
  await verdict.waitFor({ timeout: 30_000 });
  await page.getByRole('toolbar').getByRole('button', { name: 'Explore', exact: true }).click();
  await page.getByTestId('explore-status').filter({ hasText: /complete/ }).waitFor({ timeout: 30_000 });
  const outcomes = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="explored-outcome"]')].map((li) => li.textContent));
  return { verdict: await verdict.textContent(), outcomes };
}

test('the verdict and the outcomes do not depend on how many workers explore', async () => {
  const seen = [];
  for (const workers of [0, 1, 3]) {
    await withPage(env.browser, `workers-${workers}`, async (page, problems) => {
      const started = await open(page, workers);
      seen.push({ workers, ...(await verdictAndOutcomes(page)) });
      // Verification starts them; Explore finds them idle and reuses them.
      const urls = started.map((w) => w.url());
      assert.equal(started.length, workers, urls.join(' '));
      assert.ok(urls.every((u) => u.endsWith('/explore-worker.js')), urls.join(' '));
      assert.deepEqual(problems, []);
    });
  }
  const [here, ...others] = seen;
  assert.match(here.verdict, /interleavings/);
  assert.ok(here.outcomes.length >= 2, here.outcomes.join('\n'));
  for (const o of others) {
    assert.equal(o.verdict, here.verdict, `${o.workers} workers`);
    assert.deepEqual(o.outcomes, here.outcomes, `${o.workers} workers`);
  }
});

test('by default the page explores in one worker per core and keeps them', async () => {
  await withPage(env.browser, 'workers-default', async (page, problems) => {
    const started = await open(page, null);
    await verdictAndOutcomes(page);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    assert.equal(started.length, Math.min(cores, 8));
    // Idle at the end of their search, they are kept for the next one.
    assert.equal(page.workers().length, started.length);
    assert.deepEqual(problems, []);
  });
});

const ENDLESS = `package main

import "fmt"

func main() {
	ch := make(chan int)
	for i := range 6 {
		go func() {
			for j := range 40 {
				ch <- i*100 + j
			}
		}()
	}
	sum := 0
	for range 240 {
		sum += <-ch
	}
	fmt.Println(sum)
}
`;

const QUICK = `package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker")
		done <- true
	}()
	<-done
}
`;

test('an edit cancels a long search, its busy workers are replaced, and the new program is verified', async () => {
  await withPage(env.browser, 'workers-cancel', async (page, problems) => {
    const started = await open(page, 2);
    const verdict = page.getByTestId('verdict');
    await verdict.filter({ hasText: /[✓✗]/ }).waitFor({ timeout: 30_000 });
    assert.equal(started.length, 2, 'workers started for the first program');
    const editor = page.getByLabel('Go source (editable)');
    await editor.fill(ENDLESS);
    // The long search is under way in both workers when the edit comes.
    await page.waitForTimeout(1500);
    await editor.fill(QUICK);
    await verdict.filter({ hasText: /✓ all \d+ interleavings end cleanly/ }).waitFor({ timeout: 30_000 });
    assert.equal(started.length, 4, 'the two busy workers were ended and two new ones started');
    await page.waitForTimeout(500);
    assert.match(await verdict.textContent(), /✓ all \d+ interleavings end cleanly/);
    assert.deepEqual(problems, []);
  });
});
