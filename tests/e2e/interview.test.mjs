// Interview practice as a candidate does it: pick a scenario and a length,
// watch the clock, pause, reproduce the bug with Explore, write the RCA,
// fix the code until it verifies, write the review, finish and export the
// summary; the session is kept for the next visit. A write task goes
// straight to the code: a wrong answer and a right one, graded over every
// interleaving against the expected output, then the model answer. Also
// the phrase bank (search, filter, Chinese under the English, severity
// labels) and "Write it up" from a failing run in the playground.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SCENARIO = join(here, '..', '..', 'lessons', 'interview', '04-ticker-range-after-stop');
const SOLUTION = await readFile(join(SCENARIO, 'solution.go'), 'utf8');
const TITLE = "The heartbeat that won't stop";
const SECTIONS = 10; // of the RCA template, lessons/templates/rca.toml
const PING_PONG = await readFile(
  join(here, '..', '..', 'lessons', 'interview', '20-ping-pong-printer', 'solution.go'),
  'utf8',
);

const env = useServerAndBrowser();

async function open(page, query, step = 'g1 main.main') {
  await page.goto(`${env.server.url}${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${env.server.url}${query}`);
  await page.getByRole('button', { name: step }).waitFor();
}

/// Writes every section of the draft on screen, as a person would type it.
async function writeAll(page, sections) {
  const parts = page.locator('.writeup-part textarea');
  assert.equal(await parts.count(), sections);
  for (let i = 0; i < sections; i++) {
    await parts.nth(i).fill(`Section ${i + 1}, in my own words: the heartbeat loop ranges over ticker.C after Stop.`);
  }
  await page.getByRole('status').filter({ hasText: /^written$/ }).waitFor();
}

const stage = (page, n) => page.locator('.stages li').nth(n);

test('a timed interview session from the bug report to the exported summary', async () => {
  await withPage(env.browser, 'interview-session', async (page, problems) => {
    await open(page, '?lang=en');
    await page.getByRole('tab', { name: 'Interview' }).click();
    await page.getByLabel('Scenario').selectOption({ label: `4. ${TITLE} (medium)` });
    await page.getByLabel('Length').selectOption('10');
    await page.getByRole('button', { name: 'Start the session' }).click();

    const clock = page.getByTestId('countdown');
    await clock.filter({ hasText: /Time left: 9:5\d/ }).waitFor();
    await page.getByText('Rolling deploys have started timing out').waitFor();
    // Paused, the clock stands still.
    await page.getByRole('button', { name: 'Pause' }).click();
    await clock.filter({ hasText: 'Paused' }).waitFor();
    const frozen = await clock.textContent();
    await page.waitForTimeout(1500);
    assert.equal(await clock.textContent(), frozen);
    await page.getByRole('button', { name: 'Resume' }).click();

    // Reproduce: Explore finds the deadlock.
    await page.getByRole('button', { name: 'Explore', exact: true }).first().click();
    await stage(page, 0).and(page.locator('[data-done="true"]')).waitFor({ timeout: 20_000 });

    // Explain: the RCA opens filled from the run; every section written.
    await page.getByRole('button', { name: 'Open the write-up · RCA' }).click();
    const error = page.locator('[data-section="direct_error"] textarea');
    assert.match(await error.inputValue(), /^fatal error: all goroutines are asleep - deadlock!/);
    await writeAll(page, SECTIONS);

    // Fix: the solution verifies across every interleaving.
    await page.getByLabel('Go source (editable)').fill(SOLUTION);
    await page.getByTestId('verdict').filter({ hasText: /✓ (all \d+ interleavings|the only interleaving) end/ }).waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Interview' }).click();
    await stage(page, 2).and(page.locator('[data-done="true"]')).waitFor();
    await page.getByText("The interviewer's follow-up").waitFor();

    // Review, then finish.
    await page.getByRole('button', { name: 'Open the write-up · Review comment' }).click();
    await writeAll(page, 3);
    await page.getByRole('tab', { name: 'Interview' }).click();
    for (const n of [0, 1, 2, 3]) assert.equal(await stage(page, n).getAttribute('data-done'), 'true');
    await page.getByRole('button', { name: 'Finish' }).click();

    const summary = page.getByTestId('summary-markdown');
    await summary.waitFor();
    const md = await summary.textContent();
    assert.match(md, new RegExp(`^# Interview summary: ${TITLE}`));
    assert.match(md, /\| Score \| 100\/100 \|/);
    assert.match(md, /\| Time used \| 0:\d\d \/ 10:00 \|/);
    assert.match(md, /### Direct error\n\nSection 4, in my own words/);
    assert.match(md, /### Suggestion\n\nSection 2/);
    await page.getByRole('button', { name: 'Copy the summary (Markdown)' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Copied' }).waitFor();
    await screenshot(page, 'interview-summary');

    // Finished: the model answer to the follow-up, folded until asked for.
    const answer = page.locator('details.model-answer');
    await answer.getByText('Model answer').click();
    await answer.getByText('A good answer covers:').waitFor();
    assert.match(await answer.textContent(), /SIGQUIT/);
    assert.equal(await answer.locator('li').count(), 3);

    // The session is kept, also across a reload, in either language.
    await page.getByRole('button', { name: 'Choose another scenario' }).click();
    await page.locator('.past-sessions').getByText('100/100').waitFor();
    await page.goto(`${env.server.url}?lang=zh`);
    await page.getByRole('tab', { name: '模拟面试' }).click();
    await page.locator('.past-sessions').getByText('停不下来的心跳').waitFor();
    assert.deepEqual(problems, []);
  });
});

test('a write task goes straight to the code and is graded on its exact output', async () => {
  await withPage(env.browser, 'interview-write', async (page, problems) => {
    await open(page, '?lang=en');
    await page.getByRole('tab', { name: 'Interview' }).click();
    await page.getByLabel('Scenario').selectOption({ label: '20. Take turns: odd and even (easy)' });
    await page.getByRole('button', { name: 'Start the session' }).click();

    // No bug to reproduce: the task, one stage, and the output the code
    // is held to.
    await page.getByRole('heading', { name: 'The task' }).waitFor();
    await page.getByText('Expected output, in every interleaving').waitFor();
    assert.equal(await page.locator('.stages li').count(), 1);
    assert.match(await stage(page, 0).textContent(), /^○ ?Write: complete the code/);
    assert.equal(await page.getByRole('button', { name: /Open the write-up/ }).count(), 0);

    // A first answer that hands the turn over after 10 as well: the last
    // send waits forever, in every interleaving.
    const editor = page.getByLabel('Go source (editable)');
    const verdict = page.getByTestId('write-verdict');
    await editor.fill(PING_PONG.replace('if i < 10 { // after 10 nobody is left to take the turn', 'if true {'));
    await verdict.filter({ hasText: /^✗ ([\d,]+) of \1 interleavings do not/ }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'interview-write-wrong');
    assert.equal(await stage(page, 0).getAttribute('data-done'), 'false');

    // The right one: 1 to 10 in order, nobody left blocked.
    await editor.fill(PING_PONG);
    await verdict.filter({ hasText: '✓ Every interleaving exits cleanly' }).waitFor({ timeout: 30_000 });
    await stage(page, 0).and(page.locator('[data-done="true"]')).waitFor();
    await page.getByText("The interviewer's follow-up").waitFor();

    await page.getByRole('button', { name: 'Finish' }).click();
    const md = await page.getByTestId('summary-markdown').textContent();
    assert.match(md, /\| Write: complete the code [^|]*\| ✓ \|/);
    assert.doesNotMatch(md, /Reproduce/);
    assert.match(md, /\| Score \| 100\/100 \|/);
    const answer = page.locator('details.model-answer');
    assert.equal(await answer.getAttribute('open'), null, 'folded until asked for');
    await answer.getByText('Model answer').click();
    await answer.getByText(/one channel is enough for two goroutines/i).waitFor();
    assert.equal(await answer.locator('li').count(), 3);
    await screenshot(page, 'interview-write-answer');
    assert.deepEqual(problems, []);
  });
});

test('the phrase bank searches, filters and keeps the English in front', async () => {
  await withPage(env.browser, 'phrase-bank', async (page, problems) => {
    await open(page, '?lang=zh', 'g1 main.main');
    await page.getByRole('tab', { name: '表达库' }).click();
    const count = page.getByRole('status').filter({ hasText: /共 \d+ 条/ });
    const all = Number((await count.textContent()).match(/共 (\d+) 条/)[1]);
    assert.ok(all >= 80, `${all} phrases`);
    await page.getByRole('button', { name: '并发术语' }).click();
    const vocabulary = page.locator('.phrase');
    assert.ok((await vocabulary.count()) < all);
    await screenshot(page, 'phrase-bank-zh');
    const first = vocabulary.first();
    assert.equal(await first.locator('.phrase-en').getAttribute('lang'), 'en');
    assert.ok((await first.locator('.phrase-zh').textContent()).length > 0);
    // A review comment opens with its severity, in each language.
    await page.getByRole('button', { name: '评审意见：问题' }).click();
    const issue = page.locator('.phrase[data-id="review-issue-double-close"]');
    assert.equal(await issue.locator('.phrase-en .badge').textContent(), 'must-fix');
    assert.equal(await issue.locator('.phrase-zh .badge').textContent(), '【必须修改】');
    await screenshot(page, 'phrase-bank-severity-zh');
    await page.getByRole('button', { name: '全部' }).click();
    await page.getByLabel('搜索表达').fill('double close');
    await page.locator('.phrase').first().waitFor();
    const shown = await page.locator('.phrase').count();
    assert.ok(shown > 0 && shown < 10, `${shown} phrases for "double close"`);
    await page.getByLabel('搜索表达').fill('zzzz-no-such-phrase');
    await page.getByText('没有匹配的表达。').waitFor();
    assert.deepEqual(problems, []);
  });
});

test('a failing run in the playground is written up in one click', async () => {
  await withPage(env.browser, 'write-it-up', async (page, problems) => {
    await open(page, '?lang=en&program=lock-while-send');
    // Found by Explore, not stepped: the draft replays the failing schedule.
    await page.getByRole('button', { name: 'Explore', exact: true }).first().click();
    await page.getByRole('button', { name: /replay step by step/i }).first().waitFor({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Write-up' }).click();
    await page.getByRole('button', { name: 'Draft from the last failing run' }).click();
    await screenshot(page, 'writeup-rca');
    const markdown = await page.getByTestId('writeup-markdown').textContent();
    assert.match(markdown, /^## Root cause analysis/);
    assert.match(markdown, /fatal error: all goroutines are asleep - deadlock!/);
    assert.match(markdown, /The failing interleaving:\n1\. goroutine /);
    assert.deepEqual(problems, []);
  });
});
