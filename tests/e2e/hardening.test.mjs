// Hostile input, as anybody can paste it: an endless loop, a goroutine
// bomb, a huge program, share links built to hurt. The page must stay
// responsive (a click is answered while the search still runs), end every
// run in an outcome it explains, and never run anything but the
// simulator. The longest main-thread task seen while each program is
// checked is written to artifacts/hardening-perf.json for
// docs/benchmarks.md; no test asserts a time.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, withPage, screenshot, ARTIFACTS } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const env = useServerAndBrowser();
const perf = {};

after(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  await writeFile(join(ARTIFACTS, 'hardening-perf.json'), JSON.stringify(perf, null, 2));
});

// An endless loop whose check (to the explorer's instruction limit) takes
// seconds on any machine: formatting a number costs far more time than
// the instructions it counts, so the click below always lands mid-search.
const ENDLESS = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\t_ = fmt.Sprint(n)\n\t\tn++\n\t}\n}\n';

const BOMB = await readFile(join(here, '..', 'hostile', 'goroutine_bomb.go'), 'utf8');

const LONG_LOOP = await readFile(join(here, '..', 'explore', 'limits', 'long_loop_in_one_interleaving.go'), 'utf8');

/// Opens the playground with nothing stored, watching long tasks.
async function open(page, url = env.server.url) {
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.goto(url);
  // Only the fragment changed: make the page read it afresh.
  await page.reload();
  await page.evaluate(() => {
    window.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
}

/// Replaces the program in the editor, as a paste does.
async function paste(page, code) {
  await page.evaluate((code) => {
    const editor = document.querySelector('textarea.editor-input');
    editor.value = code;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, code);
}

/// Pastes `code` and waits for its build: one step is taken first, and
/// the rebuild (after the edit's debounce) starts again at step 0.
async function pasteAndBuild(page, code) {
  await page.getByRole('button', { name: 'g1 main.main' }).click();
  await stepCounter(page).filter({ hasText: 'step 1' }).waitFor();
  await paste(page, code);
  await stepCounter(page).filter({ hasText: 'step 0' }).waitFor();
}

/// Clicks main's step button and returns what the verdict said at the
/// moment the new step was drawn.
async function stepAndReadVerdict(page) {
  return page.evaluate(async () => {
    const counter = document.querySelector('[data-testid="step-counter"]');
    const before = counter.textContent;
    const drawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (counter.textContent === before) return;
        observer.disconnect();
        resolve(document.querySelector('[data-testid="verdict"]')?.textContent);
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    document.querySelector('article[data-goroutine="1"] > .lane-head').click();
    return drawn;
  });
}

const verdict = (page) => page.getByTestId('verdict');
const stepCounter = (page) => page.getByTestId('step-counter');

test('an endless loop is checked while the page keeps answering', async () => {
  await withPage(env.browser, 'hardening-endless', async (page, problems) => {
    await open(page);
    await pasteAndBuild(page, ENDLESS);
    await page.evaluate(() => { window.longest = 0; });
    // While the search runs the page answers: a step is drawn before the
    // verdict arrives.
    assert.equal(await stepAndReadVerdict(page), 'Checking every interleaving…');
    await stepCounter(page).filter({ hasText: 'step 1' }).waitFor();
    await screenshot(page, 'hardening-endless-checking');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await verdict(page).filter({ hasText: '✗ 试了 1 次，每次都触发资源上限，检查就此停止' }).waitFor({ timeout: 60_000 });
    perf.endless_longest_task_ms = await page.evaluate(() => window.longest);
    // The Explore tab says which limit and what to look for.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('e');
    await page.getByText('执行的指令数超出上限，已停止').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'hardening-endless-explored');
    assert.deepEqual(problems, []);
  });
});

test('a goroutine bomb ends in the step limit and the page stays usable', async () => {
  await withPage(env.browser, 'hardening-bomb', async (page, problems) => {
    await open(page);
    await pasteAndBuild(page, BOMB);
    await page.evaluate(() => { window.longest = 0; });
    assert.equal(await stepAndReadVerdict(page), 'Checking every interleaving…');
    for (let i = 2; i <= 3; i++) {
      await page.getByRole('button', { name: 'g1 main.main' }).click();
      await stepCounter(page).filter({ hasText: `step ${i}` }).waitFor();
    }
    await verdict(page).filter({ hasText: /✗ every run hits a limit \(\d tried\), so checking stopped/ }).waitFor({ timeout: 120_000 });
    perf.bomb_longest_task_ms = await page.evaluate(() => window.longest);
    await screenshot(page, 'hardening-bomb');
    assert.deepEqual(problems, []);
  });
});

test('a run that hits a limit does not hide the others, and Explore can go further', async () => {
  await withPage(env.browser, 'hardening-further', async (page, problems) => {
    await open(page);
    await pasteAndBuild(page, LONG_LOOP);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('e');
    const panel = page.getByTestId('explore');
    await panel.getByTestId('explore-limited').filter({ hasText: '1 run(s) hit a limit' }).waitFor({ timeout: 60_000 });
    // The clean outcome was found past the run that hit the limit.
    await panel.getByTestId('explored-outcome').filter({ hasText: 'ready' }).waitFor();
    assert.match(await panel.getByTestId('explore-status').textContent(), /not exhaustive/);
    await panel.getByRole('button', { name: 'Explore again with 10× the limits' }).click();
    await panel.getByTestId('explore-limited').filter({ hasText: '(limits ×10)' }).waitFor({ timeout: 60_000 });
    await panel.getByTestId('explored-outcome').filter({ hasText: 'ready' }).waitFor();
    await screenshot(page, 'hardening-further');
    assert.deepEqual(problems, []);
  });
});

test('a huge program is edited, coloured, checked and stepped; a longer one is refused', async () => {
  // About 55 KB: a thousand small functions, under the 64 KB a share
  // link carries and the page builds.
  const program = (n) => {
    const funcs = Array.from({ length: n }, (_, i) => `func f${i}(x int) int { return x + ${i} }`);
    const calls = Array.from({ length: n }, (_, i) => `\ts = f${i}(s)`).join('\n');
    return `package main\n\nimport "fmt"\n\n${funcs.join('\n')}\n\nfunc main() {\n\ts := 0\n${calls}\n\tfmt.Println(s)\n}\n`;
  };
  const huge = program(1000);
  assert.ok(huge.length > 50_000 && huge.length <= 65_536, `${huge.length} bytes`);
  await withPage(env.browser, 'hardening-huge', async (page, problems) => {
    await open(page);
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await page.evaluate(() => { window.longest = 0; });
    await paste(page, huge);
    await verdict(page).filter({ hasText: '✓ the only interleaving ends cleanly' }).waitFor({ timeout: 60_000 });
    perf.huge_program_bytes = huge.length;
    perf.huge_longest_task_ms = await page.evaluate(() => window.longest);
    // Every line is there, coloured: the gutter numbers each one, and the
    // empty line after the final newline.
    const lines = huge.split('\n').length;
    assert.equal(await page.locator('.gutter-line').count(), lines);
    await page.getByRole('button', { name: 'g1 main.main' }).click();
    await stepCounter(page).filter({ hasText: 'step 1' }).waitFor();
    // A typo at the very end is found and reported with Go's position.
    await paste(page, huge.replace('fmt.Println(s)', 'fmt.Println(t)'));
    await page.getByText(/\.\/prog\.go:\d+:14: undefined: t/).waitFor({ timeout: 30_000 });
    // Three times as long: not built, and the page says why.
    await paste(page, program(3000));
    await page.getByTestId('notice').filter({ hasText: 'This program is longer than 64 KB' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('malicious share links open as text, or as a damaged link, never as markup', async () => {
  await withPage(env.browser, 'hardening-links', async (page, problems) => {
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    // Markup and script in the program: shown as the characters typed.
    const inject = 'code=NnBhY2thZ2UgbWFpbgoKLy8gPC90ZXh0YXJlYT48c2NyaXB0PndpbmRvdy5wd25lZCA9IDE8LwMZFDxpbWcgc3JjPXggb25lcnJvcj0iCy0WMiI-CmltcG9ydCAiZm10IgoKZnVuYwFvHigpIHsKCWZtdC5QcmludGxuKCI8Yj5ib2xkPzwvYhR-ATMFfgUiKQp9Cg';
    await open(page, `${env.server.url}#${inject}`);
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    const editor = page.getByLabel('Go source (editable)');
    assert.match(await editor.inputValue(), /<\/textarea><script>window\.pwned = 1<\/script>/);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('stdout').filter({ hasText: '<b>bold?</b><script>window.pwned = 3</script>' }).waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.locator('#app script, #app img, #app b').count(), 0);
    await screenshot(page, 'hardening-link-markup');

    // A link that inflates to a megabyte, a schedule of a million
    // choices, a step count past any run, a fragment of garbage: each
    // opens the default program with the damaged-link notice.
    const bomb = 'code=EnBhY2thZ2UgbWFpbgoKZnVuYwELCSgpIHt9Ci8vePv_PwEA';
    const links = [
      bomb,
      `${bomb}${'A'.repeat(300_000)}`,
      `code=NnBhY2thZ2UgbWFpbgoK&sched=s${'B'.repeat(200_000)}&step=3`,
      'code=NnBhY2thZ2UgbWFpbgoK&step=99999999999999999999',
      'code=%00%ff%fe&sched=%E2%80%AE',
    ];
    for (const link of links) {
      await page.goto(`${env.server.url}#${link}`);
      await page.reload();
      await page.getByTestId('notice').filter({ hasText: 'This link is damaged' }).waitFor();
      await page.getByRole('button', { name: 'g1 main.main' }).click();
      await stepCounter(page).filter({ hasText: 'step 1' }).waitFor();
    }

    // A link to step 20,000 of a program that starts a goroutine per step:
    // it opens part of the way, and says so.
    const deep = 'code=IXBhY2thZ2UgbWFpbgoKaW1wb3J0ICJ0aW1lIgoKZnVuYwEaCSgpIHsKCWZvcgAHBAlnbyAAGgACFQIJCQAtBy5TbGVlcCgBCxFIb3VyKQoJCX0oKQoJfQp9Cg&sched=s&step=20000';
    await page.goto(`${env.server.url}#${deep}`);
    await page.reload();
    await page.getByTestId('notice').filter({ hasText: 'This schedule was replayed only part of the way' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Undo' }).click();
    assert.match(await stepCounter(page).textContent(), /^step \d+$/);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(problems, []);
  });
});
