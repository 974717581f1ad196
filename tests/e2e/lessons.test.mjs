// Lessons as a learner takes them, in each language: reach every outcome a
// goal names (Explore finds it, the replay is stepped to its end), answer
// the quizzes, edit the code into the reference solution until every
// interleaving ends cleanly, and see the lesson complete and its
// explanation open. The goals are read from the course module the page
// itself loads (dist/course.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { useServerAndBrowser, withPage, screenshot, DIST } from './harness.mjs';

const course = (await import(pathToFileURL(join(DIST, 'course.js')).href)).default.lessons;

const env = useServerAndBrowser();

const WORDS = {
  en: { step: 'g1 main.main', explore: 'Explore', complete: 'Lesson complete', replay: 'Replay step by step', correct: 'Correct.' },
  zh: { step: 'g1 main.main', explore: '穷举探索', complete: '本课完成', replay: '单步回放', correct: '答对了。' },
};

/// Explores, replays the simplest schedule of an outcome that meets the
/// goal, and steps (redo) to its end.
async function reach(page, goal, words) {
  await page.getByRole('toolbar').getByRole('button', { name: words.explore, exact: true }).click();
  await page.getByTestId('explore-status').filter({ hasText: /complete|已完整/ }).waitFor({ timeout: 30_000 });
  const index = await page.evaluate(({ kind, match }) => {
    const items = [...document.querySelectorAll('[data-testid="explored-outcome"]')];
    return items.findIndex((li) => {
      const head = li.querySelector('h4').textContent;
      const out = li.querySelector('pre.stdout')?.textContent ?? '';
      const err = li.querySelector('pre.stderr')?.textContent ?? '';
      const leaked = /leaked|泄漏/.test(head);
      switch (kind) {
        case 'exit': return /^(exit|退出码)/.test(head) && !leaked && out.includes(match);
        case 'leak': return leaked && out.includes(match);
        case 'panic': return head.startsWith('panic') && err.includes(match);
        case 'fatal': return head.startsWith('fatal') && err.includes(match);
        // A data race: the outcome lists its racing pairs.
        case 'race': return li.querySelector('[data-testid="race-pairs"]') !== null;
        default: return false;
      }
    });
  }, { kind: goal.outcome, match: goal.match });
  assert.ok(index >= 0, `no explored outcome meets ${goal.outcome} ${JSON.stringify(goal.match)}`);
  await page.getByTestId('explored-outcome').nth(index).getByRole('button', { name: words.replay }).click();
  for (let i = 0; i < 400; i++) {
    if (await page.getByTestId('outcome').count()) break;
    await page.keyboard.press('y');
  }
  await page.getByTestId('outcome').waitFor();
}

async function take(page, lesson, lang) {
  const words = WORDS[lang];
  await page.goto(`${env.server.url}?lesson=${lesson.slug}&lang=${lang}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${env.server.url}?lesson=${lesson.slug}&lang=${lang}`);
  await page.getByRole('button', { name: words.step }).waitFor();
  // "7a" for a lesson placed after lesson 7.
  const label = lesson.folder.split('-')[0].replace(/^0+/, '');
  await page.getByRole('heading', { name: `${label}. ${lesson.title[lang]}` }).waitFor();
  // The start code does not pass its verify goal.
  const verify = lesson.goals.findIndex((g) => g.kind === 'verify');
  if (verify >= 0) {
    await page.getByTestId('verdict').filter({ hasText: /[✓✗]/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('goal').nth(verify).filter({ hasText: '✓' }).count(), 0);
  }
  const goals = page.getByTestId('goal');
  assert.equal(await goals.count(), lesson.goals.length);
  for (const [i, goal] of lesson.goals.entries()) {
    if (goal.kind === 'reach' || goal.kind === 'explore') {
      await reach(page, goal, words);
    } else if (goal.kind === 'choose') {
      await goals.nth(i).locator('.quiz button').nth(goal.answer).click();
      await goals.nth(i).getByText(words.correct).waitFor();
    } else if (goal.kind === 'verify') {
      await page.locator('textarea.editor-input').fill(lesson.solution);
      await page.getByTestId('verdict').filter({ hasText: '✓' }).waitFor({ timeout: 30_000 });
    }
    await goals.nth(i).filter({ hasText: '✓' }).waitFor({ timeout: 10_000 });
  }
  await page.getByText(words.complete).waitFor();
  await page.getByTestId('explanation').waitFor();
  await screenshot(page, `lesson-${lesson.slug}-${lang}`);
}

const TAKEN = [
  ...['unbuffered-channels', 'double-close-reap', 'stop-channel-race', 'lost-update'].flatMap((s) => [[s, 'en'], [s, 'zh']]),
  ['three-fixes', 'en'], ['concurrent-maps', 'zh'], ['check-then-act', 'en'],
];

for (const [slug, lang] of TAKEN) {
  {
    test(`a learner completes "${slug}" in ${lang}`, async () => {
      const lesson = course.find((l) => l.slug === slug);
      assert.ok(lesson, `${slug} is in the course`);
      await withPage(env.browser, `lesson-${slug}-${lang}`, async (page, problems) => {
        await take(page, lesson, lang);
        assert.deepEqual(problems, []);
      });
    });
  }
}
