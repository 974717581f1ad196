// Data races as a learner meets them: paste the two-goroutine counter++
// program and the verdict says data race, with both racing lines marked;
// produce the lost update by hand, one memory access per click; read Go's
// report in the output and follow a frame to its line; switch to Chinese
// (labels change, Go's report does not); wrap the increment in a mutex
// and the verdict turns clean. Step render times on this program are
// written to artifacts/races-perf.json.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, withPage, screenshot, ARTIFACTS } from './harness.mjs';

const LOST_UPDATE = `package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}
`;

const WITH_MUTEX = LOST_UPDATE
  .replace('counter := 0\n', 'counter := 0\n\tvar mu sync.Mutex\n')
  .replace('\t\t\tcounter++\n', '\t\t\tmu.Lock()\n\t\t\tcounter++\n\t\t\tmu.Unlock()\n');

const env = useServerAndBrowser();
const perf = {};

after(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'races-perf.json'), JSON.stringify(perf, null, 2));
});

async function openWith(page, source) {
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(env.server.url);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
  await page.getByLabel('Go source (editable)').fill(source);
  await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
}

const next = (page, g) => page.locator(`article[data-goroutine="${g}"] .lane-next`);

/// Clicks goroutine g's lane, timing the render as playground.test.mjs does.
async function step(page, g, times) {
  const ms = await page.evaluate(async (g) => {
    const counter = document.querySelector('[data-testid="step-counter"]');
    const before = counter.textContent;
    const button = document.querySelector(`article[data-goroutine="${g}"] > .lane-head`);
    if (!button || button.disabled) throw new Error(`goroutine ${g} cannot be stepped`);
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (counter.textContent === before) return;
        observer.disconnect();
        resolve(performance.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    button.click();
    return (await done) - t0;
  }, g);
  times.push(ms);
}

async function stepUntil(page, g, text, times) {
  for (let i = 0; i < 20; i++) {
    if ((await next(page, g).count()) > 0 && (await next(page, g).textContent()).includes(text)) return;
    await step(page, g, times);
  }
  throw new Error(`g${g} never reached "${text}"`);
}

test('a racy counter is never clean, and the lost update can be made by hand', async () => {
  await withPage(env.browser, 'races-lost-update', async (page) => {
    await openWith(page, LOST_UPDATE);
    const verdict = page.getByTestId('verdict');
    await verdict.filter({ hasText: /✗ data race in (\d+) of \1 interleavings/ }).waitFor({ timeout: 20_000 });

    // main starts both goroutines and waits; each reads counter, then
    // each writes back what it read plus one.
    const times = [];
    await stepUntil(page, 1, 'sync.(*WaitGroup).Wait', times);
    await step(page, 1, times);
    await stepUntil(page, 2, 'read counter', times);
    await step(page, 2, times);
    assert.match(await next(page, 2).textContent(), /write counter/);
    await page.locator('article[data-goroutine="2"] .timeline').getByText('reads counter = 0').waitFor();
    await stepUntil(page, 3, 'read counter', times);
    await step(page, 3, times);
    await page.locator('article[data-goroutine="3"] .timeline').getByText('reads counter = 0').waitFor();
    await step(page, 2, times);
    await step(page, 3, times);
    await page.locator('article[data-goroutine="3"] .timeline').getByText('writes counter = 1').waitFor();
    // The rest, in any order, to the end.
    for (let i = 0; i < 30 && (await page.getByTestId('outcome').count()) === 0; i++) {
      const g = await page.evaluate(() => {
        const b = [...document.querySelectorAll('button.lane-head')].find((b) => !b.disabled);
        return b ? Number(b.closest('article').dataset.goroutine) : null;
      });
      if (g === null) break;
      await step(page, g, times);
    }
    await page.getByTestId('stdout').filter({ hasText: 'counter: 1' }).waitFor();
    await page.getByTestId('outcome').filter({ hasText: 'exit status 66' }).waitFor();
    perf.lost_update_steps = times.length;
    perf.lost_update_step_render_p95_ms = times.sort((a, b) => a - b)[Math.ceil(0.95 * times.length) - 1];

    // Go's report, word for word where it is Go's, and the race in words.
    const stderr = page.getByTestId('stderr');
    const text = await stderr.textContent();
    assert.match(text, /^==================\nWARNING: DATA RACE\n(Read|Write) at 0x[0-9a-f]+ by goroutine [23]:\n  main\.main\.func1\(\)\n/);
    assert.match(text, /Found 1 data race\(s\)\n$/);
    await page.getByTestId('race-report').filter({ hasText: 'Data race' }).waitFor();
    // Both racing accesses are marked on line 15, in the two goroutines' colours.
    const markers = page.locator('.gutter-line[data-line="15"] [data-testid="race-marker"]');
    assert.equal(await markers.count(), 2);
    const colours = await markers.evaluateAll((ms) => ms.map((m) => getComputedStyle(m).backgroundColor));
    assert.notEqual(colours[0], colours[1]);
    assert.equal(await page.locator('.code-line.race-line').count(), 1);
    // A frame of the report takes the caret to its line.
    await stderr.getByRole('button', { name: /prog\.go:15/ }).first().click();
    const caretLine = await page.evaluate(() => {
      const t = document.querySelector('textarea.editor-input');
      return t.value.slice(0, t.selectionStart).split('\n').length;
    });
    assert.equal(caretLine, 15);
    await screenshot(page, 'races-lost-update');

    // In Chinese the labels change and Go's report stays Go's.
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await verdict.filter({ hasText: /✗ 数据竞争：(\d+) 种调度交错中有 \1 种/ }).waitFor();
    await page.getByTestId('race-report').filter({ hasText: '数据竞争' }).waitFor();
    assert.equal(await stderr.textContent(), text);
    await page.getByRole('button', { name: 'English', exact: true }).click();

    // The fix: the verdict turns clean.
    await page.getByLabel('Go source (editable)').fill(WITH_MUTEX);
    await verdict.filter({ hasText: /✓ all \d+ interleavings end cleanly/ }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'races-fixed');
  });
});
