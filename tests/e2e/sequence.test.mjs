// The sequence diagram, as a learner reads it: an arrow (and a line of the
// list under it) for every value handed over a channel, and after a long
// run only the newest hand-offs, with a line saying how many there were.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

const HANDOFFS = (n) => `package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		for i := 0; i < ${n}; i++ {
			c <- i
		}
		close(c)
	}()
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println(sum)
}
`;

async function open(page, src) {
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
  await page.getByLabel('Go source (editable)').fill(src);
  // The edit is built once typing has settled (300 ms).
  await page.waitForTimeout(700);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
}

async function runToEnd(page) {
  await page.getByLabel('Speed').selectOption('fast');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('outcome').filter({ hasText: 'exit status 0' }).waitFor({ timeout: 60_000 });
}

test('every hand-off is an arrow and a line of the list', async () => {
  await withPage(env.browser, 'sequence-short', async (page, problems) => {
    await open(page, HANDOFFS(3));
    await runToEnd(page);
    assert.equal(await page.getByTestId('stdout').textContent(), '3\n');
    await page.getByRole('tab', { name: 'Sequence' }).click();
    const list = page.getByTestId('sequence').locator('ol.arrow-list li');
    assert.deepEqual(await list.allTextContents(), [
      'g2 → g1: 0 · c',
      'g2 → g1: 1 · c',
      'g2 → g1: 2 · c',
      'g2 → g1: close · c',
    ]);
    assert.equal(await page.getByTestId('sequence').locator('svg g.arrow').count(), 4);
    assert.equal(await page.getByTestId('arrows-cut').count(), 0);
    assert.deepEqual(problems, []);
  });
});

/// Stands at the end of a run the explorer found (a thousand steps: the
/// run animation would take a minute): replay it, then jump to its end.
async function exploredRunToEnd(page) {
  await page.getByRole('tab', { name: 'Explore' }).click();
  await page.getByRole('button', { name: 'Explore', exact: true }).first().click();
  const outcome = page.getByTestId('explored-outcome').first();
  await outcome.getByRole('button', { name: 'Replay step by step' }).click();
  await page.getByRole('tab', { name: 'History' }).click();
  await page.getByTestId('history').locator('ul.branches button').first().click();
  await page.getByTestId('outcome').filter({ hasText: 'exit status 0' }).waitFor();
}

test('after a long run the diagram keeps the newest hand-offs and says so', async () => {
  await withPage(env.browser, 'sequence-long', async (page, problems) => {
    await open(page, HANDOFFS(300));
    await exploredRunToEnd(page);
    await page.getByRole('tab', { name: 'Output' }).click();
    assert.equal(await page.getByTestId('stdout').textContent(), '44850\n');
    await page.getByRole('tab', { name: 'Sequence' }).click();
    const list = page.getByTestId('sequence').locator('ol.arrow-list li');
    assert.equal(await list.count(), 200);
    assert.equal(await list.last().textContent(), 'g2 → g1: close · c');
    assert.equal(await list.first().textContent(), 'g2 → g1: 101 · c');
    assert.equal(
      await page.getByTestId('arrows-cut').textContent(),
      'The last 200 of 301 hand-offs; undo to see earlier ones.',
    );
    await screenshot(page, 'sequence-long');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    assert.equal(
      await page.getByTestId('arrows-cut').textContent(),
      '共 301 次交接，只画出最近 200 次；撤销可查看更早的。',
    );
    assert.deepEqual(problems, []);
  });
});
