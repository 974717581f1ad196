// The playground as a learner uses it: step the flagship program by hand
// into the stop-channel panic, see the watcher goroutine and the report,
// undo, fork into the clean path, explore every interleaving, edit the
// code into the fix and watch the verdict turn, open a share link in a
// fresh page, switch language, and do it all from the keyboard too.
// Step latency and load time are measured and written to
// artifacts/playground-perf.json (cargo xtask bench reports them).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, withPage, screenshot, ARTIFACTS } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIX = await readFile(join(here, '..', 'explore', 'stop_channel_fixed_once.go'), 'utf8');

// The explorer's simplest counterexample for the flagship, as clicks:
// main sets everything up, the watcher (g2) and the worker (g3) race for
// the value sent on stop, the watcher wins, panics, and (its last step)
// crashes the program.
const PANIC_CLICKS = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 2, 2, 2, 2];
const MISSING_CANCEL = 'panic: context: internal error: missing cancel error';

const env = useServerAndBrowser();
const perf = {};

after(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'playground-perf.json'), JSON.stringify(perf, null, 2));
});

/// Opens the flagship fresh (no stored state) and waits until main can be
/// stepped. (A bare URL opens lesson 1 for a newcomer.)
async function open(page, query = '?program=stop-channel-race', step = 'g1 main.main') {
  await page.goto(`${env.server.url}${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${env.server.url}${query}`);
  await page.getByRole('button', { name: step }).waitFor();
}

/// Clicks a lane's step button and measures, in milliseconds, the step
/// itself: from the click until the page's DOM shows the new state (the
/// reducer, the views and Yew's render), and until the next frame starts.
async function timedStep(page, g) {
  return page.evaluate(async (g) => {
    const counter = document.querySelector('[data-testid="step-counter"]');
    const before = counter.textContent;
    const button = document.querySelector(`article[data-goroutine="${g}"] > .lane-head`);
    if (!button || button.disabled) throw new Error(`goroutine ${g} cannot be stepped`);
    let rendered;
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (counter.textContent === before) return;
        rendered = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const t0 = performance.now();
    button.click();
    const frame = await done;
    return { render: rendered - t0, frame: frame - t0 };
  }, g);
}

const stepCounter = (page) => page.getByTestId('step-counter');

function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

test('a learner steps the flagship into the panic, undoes, forks and explores', async () => {
  await withPage(env.browser, 'playground-flagship', async (page, problems) => {
    const t0 = Date.now();
    await open(page);
    perf.load_to_interactive_ms = await page.evaluate(() => performance.now());
    perf.load_wall_ms = Date.now() - t0;
    // Time the steps once the page is idle (the first verification, which
    // runs in slices right after load, is over).
    await page.getByTestId('verdict').filter({ hasText: '✗' }).waitFor({ timeout: 20_000 });

    // Two passes over the path (the second revisits the steps of the
    // first, as a learner trying again does): 38 steps timed.
    const times = [];
    for (const g of PANIC_CLICKS) times.push(await timedStep(page, g));
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await stepCounter(page).filter({ hasText: 'step 0' }).waitFor();
    for (const g of PANIC_CLICKS) times.push(await timedStep(page, g));
    perf.step_render_samples = times.map((t) => Math.round(t.render * 10) / 10);
    const summary = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) });
    perf.steps = times.length;
    perf.step_render_ms = summary(times.map((t) => t.render));
    perf.step_to_next_frame_ms = summary(times.map((t) => t.frame));

    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    assert.match(await outcome.textContent(), /The program panicked \(exit status 2\)/);
    assert.match(await page.getByTestId('stderr').textContent(), new RegExp(MISSING_CANCEL));
    const watcher = page.locator('article.lane[data-goroutine="2"]');
    assert.match(await watcher.textContent(), /propagateCancel/);
    assert.match(await watcher.textContent(), /library/);
    assert.match(await watcher.getByTestId('lane-state').textContent(), /panicked/);
    await screenshot(page, 'playground-panic');

    // Undo all the way back to the start.
    for (let i = 0; i < PANIC_CLICKS.length; i++) await page.getByRole('button', { name: 'Undo' }).click();
    assert.equal(await stepCounter(page).textContent(), 'step 0');
    await screenshot(page, 'playground-undone');

    // Fork: this time let the default scheduler run; main wins the race.
    await page.getByLabel('Speed').selectOption('fast');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await outcome.waitFor();
    await page.getByTestId('outcome').filter({ hasText: 'The program exited (exit status 0)' }).waitFor({ timeout: 20_000 });
    assert.match(await page.getByTestId('stdout').textContent(), /clean shutdown, backoff 151/);
    await page.getByRole('tab', { name: 'History' }).click();
    await page.getByRole('heading', { name: 'Branches (2)' }).waitFor();
    await screenshot(page, 'playground-fork');

    // Explore finds both outcomes; the panic replays step by step.
    await page.getByRole('button', { name: 'Explore', exact: true }).first().click();
    await page.getByTestId('explore-status').filter({ hasText: 'complete' }).waitFor({ timeout: 20_000 });
    const outcomes = page.getByTestId('explored-outcome');
    assert.equal(await outcomes.count(), 2);
    const failing = outcomes.filter({ hasText: MISSING_CANCEL });
    assert.match(await failing.textContent(), /panic — \d+ schedule/);
    await screenshot(page, 'playground-explore');
    await failing.getByRole('button', { name: 'Replay step by step' }).click();
    assert.equal(await stepCounter(page).textContent(), 'step 0');
    // The explorer's schedule is as long as it is: redo to its end.
    const redo = page.getByRole('button', { name: 'Redo' });
    for (let i = 0; i < 500 && await redo.isEnabled(); i++) await redo.click();
    await page.getByTestId('stderr').filter({ hasText: MISSING_CANCEL }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('editing the code into the fix turns the verdict green', async () => {
  await withPage(env.browser, 'playground-fix', async (page, problems) => {
    await open(page);
    const verdict = page.getByTestId('verdict');
    await verdict.filter({ hasText: /✗ panics in \d+ of \d+ interleavings/ }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-verdict-failing');
    // Timed in the page: from the edit to the green verdict, including the
    // 300 ms debounce, the rebuild and the search over every interleaving.
    perf.edit_to_verdict_ms = await page.evaluate(async (fix) => {
      const editor = document.querySelector('textarea.editor-input');
      const badge = () => document.querySelector('[data-testid="verdict"]')?.textContent ?? '';
      const t0 = performance.now();
      editor.value = fix;
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (badge().startsWith('✓') ? resolve() : setTimeout(check, 1));
        check();
      });
      return performance.now() - t0;
    }, FIX);
    await verdict.filter({ hasText: /✓ all \d+ interleavings end cleanly/ }).waitFor();
    await screenshot(page, 'playground-verdict-clean');

    // A compile error shows Go's message, and the verdict goes away.
    await page.getByLabel('Go source (editable)').fill('package main\n\nfunc main() { x := 1 }\n');
    await page.getByText('./prog.go:3:15: declared and not used: x').waitFor();
    await screenshot(page, 'playground-compile-error');

    // The edit survives a reload (localStorage).
    await page.reload();
    await page.getByText('./prog.go:3:15: declared and not used: x').waitFor();
    assert.deepEqual(problems, []);
  });
});

test('a share link opens the same program at the same step in a fresh page', async () => {
  let link;
  let lanes;
  await withPage(env.browser, 'playground-share', async (page, problems) => {
    await open(page);
    for (const g of PANIC_CLICKS.slice(0, 14)) await timedStep(page, g);
    await page.getByRole('button', { name: 'Share' }).click();
    link = await page.getByLabel('Link to this program at this step').inputValue();
    assert.match(link, /#code=[A-Za-z0-9_-]+&sched=s[A-Za-z0-9_-]*&step=14$/);
    lanes = await page.getByTestId('lanes').textContent();
    assert.deepEqual(problems, []);
  });
  await withPage(env.browser, 'playground-shared', async (page, problems) => {
    await page.goto(link);
    await stepCounter(page).filter({ hasText: 'step 14' }).waitFor();
    assert.equal(await page.getByTestId('lanes').textContent(), lanes);
    await screenshot(page, 'playground-shared');
    // A damaged link shows the default program and says so.
    await page.goto(`${env.server.url}#code=%%%`);
    await page.reload();
    await page.getByTestId('notice').filter({ hasText: 'This link is damaged' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('the playground speaks Chinese and works from the keyboard alone', async () => {
  await withPage(env.browser, 'playground-keyboard', async (page, problems) => {
    await open(page, '?lang=zh&program=stop-channel-race', 'g1 main.main');
    await page.getByTestId('verdict').filter({ hasText: /✗ \d+ 种调度交错中有 \d+ 种会 panic/ }).waitFor({ timeout: 20_000 });
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('1');
    await stepCounter(page).filter({ hasText: '第 1 步' }).waitFor();
    await page.keyboard.press('1');
    await stepCounter(page).filter({ hasText: '第 2 步' }).waitFor();
    await page.keyboard.press('z');
    await stepCounter(page).filter({ hasText: '第 1 步' }).waitFor();
    await page.keyboard.press('y');
    await stepCounter(page).filter({ hasText: '第 2 步' }).waitFor();
    await page.keyboard.press('e');
    await page.getByTestId('explore-status').filter({ hasText: '已完整覆盖所有调度交错' }).waitFor({ timeout: 20_000 });
    await screenshot(page, 'playground-zh');
    // Escape leaves the editor, so the shortcuts work again.
    await page.getByLabel('Go 源码（可编辑）').focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('1');
    await stepCounter(page).filter({ hasText: '第 3 步' }).waitFor();
    await page.keyboard.press('l');
    await page.getByRole('heading', { level: 1, name: 'Goroutine Dojo' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    assert.ok(focused && focused !== 'BODY', 'Tab moves focus to a control');
    assert.deepEqual(problems, []);
  });
});

test('on a phone the regions become tabs', async () => {
  await withPage(env.browser, 'playground-phone', async (page, problems) => {
    await open(page);
    await page.getByRole('tab', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'g1 main.main' }).click();
    await stepCounter(page).filter({ hasText: 'step 1' }).waitFor();
    assert.equal(await page.locator('#region-code').isVisible(), false);
    await screenshot(page, 'playground-phone');
    assert.deepEqual(problems, []);
  }, { viewport: { width: 390, height: 844 } });
});
