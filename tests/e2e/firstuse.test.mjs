// A newcomer's first minutes, a keyboard user and a screen-reader user,
// as each meets the page: where it opens, what it says to do, what each
// control is called and what a step announces; then room for code, a
// tablet and a phone.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage } from './harness.mjs';

const env = useServerAndBrowser();

const main = (page) => page.getByRole('button', { name: 'g1 main.main' });

test('a newcomer lands on lesson 1, is told what to do, and sees no verdict before acting', async () => {
  await withPage(env.browser, 'first-screen', async (page, problems) => {
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'New here?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^1\. Goroutines and WaitGroup/ }).waitFor();
    await page.getByTestId('first-action').filter({ hasText: 'Your move' }).waitFor();
    assert.equal(await page.getByTestId('verdict').count(), 0, 'no verdict before the learner acts');
    assert.equal(await page.locator('.verdict.failing').count(), 0);
    // The flagship stays one click away.
    await page.getByRole('button', { name: 'Or jump straight to the stop-channel race' }).waitFor();

    // The first step: the verdict over every interleaving appears, and
    // the step is announced with what happened.
    await main(page).click();
    await page.getByTestId('verdict').filter({ hasText: /[✓✗]/ }).waitFor({ timeout: 30_000 });
    assert.equal(await page.getByRole('heading', { name: 'New here?' }).count(), 0, 'the greeting has done its job');
    assert.match(await page.getByTestId('step-announcement').textContent(), /^step 1: g1 /);
    assert.deepEqual(problems, []);
  });
});

test('opening a lesson moves focus to its title; a program opened from the list starts calm', async () => {
  await withPage(env.browser, 'open-lesson', async (page, problems) => {
    await page.goto(`${env.server.url}?lesson=goroutines-and-waitgroup`);
    await main(page).waitFor();
    await page.getByRole('button', { name: /^4\. close, v, ok and range/ }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2'
      && document.activeElement.textContent.startsWith('4.'));
    await page.getByTestId('first-action').waitFor();
    assert.equal(await page.getByTestId('verdict').count(), 0);
    assert.deepEqual(problems, []);
  });
});

test('keys: ? lists them, Escape closes the list, x resets, and tabs move with the arrow keys', async () => {
  await withPage(env.browser, 'keys', async (page, problems) => {
    await page.goto(`${env.server.url}?lesson=goroutines-and-waitgroup`);
    await main(page).waitFor();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /xreset to step 0/);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Close');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await page.getByTestId('step-counter').filter({ hasText: 'step 2' }).waitFor();
    await page.keyboard.press('x');
    await page.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();

    // One Tab stop per tab list; the arrows select and focus.
    const runTabs = page.getByRole('tablist', { name: 'Views of the run' });
    assert.equal(await runTabs.locator('[role="tab"][tabindex="0"]').count(), 1);
    await runTabs.getByRole('tab', { name: 'Goroutines' }).focus();
    await page.keyboard.press('ArrowRight');
    await runTabs.getByRole('tab', { name: 'Sequence', selected: true }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Sequence');
    await page.keyboard.press('End');
    await runTabs.getByRole('tab', { name: 'Explore', selected: true }).waitFor();
    const controls = await runTabs.getByRole('tab', { name: 'Explore' }).getAttribute('aria-controls');
    assert.equal(await page.locator(`#${controls}`).getAttribute('role'), 'tabpanel');
    assert.deepEqual(problems, []);
  });
});

test('a screen reader hears each lane as a named group, and the editor says how to leave it', async () => {
  await withPage(env.browser, 'screen-reader', async (page, problems) => {
    await page.goto(`${env.server.url}?lesson=goroutines-and-waitgroup`);
    await page.getByRole('group', { name: 'goroutine g1 main.main, runnable' }).waitFor();
    const editor = page.getByRole('textbox', { name: /^Go source/ });
    const described = await editor.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${described}`).textContent(), /press Esc, then Tab/);

    // Step main alone to the end: the workers never run again, and their
    // lanes say so instead of a stale "runnable".
    for (let i = 0; i < 40 && !(await page.getByTestId('outcome').count()); i++) {
      await page.keyboard.press('1');
    }
    await page.getByTestId('outcome').waitFor();
    const stale = page.getByRole('group', { name: /^goroutine g2 main\.main\.func1, never ran again/ });
    await stale.waitFor();
    assert.equal(await page.getByTestId('lane-state').filter({ hasText: /^▶? ?runnable$/ }).count(), 0);
    // Events are a plain list: the step number is not read after a list number.
    assert.equal(await page.locator('.lane ol.timeline').count(), 0);
    assert.match(await page.locator('.lane .event-step').first().textContent(), /^#\d+$/);
    assert.deepEqual(problems, []);
  });
});

test('room for code: the lesson folds away (and stays folded), lesson 13 fits at 1280 px, 80 columns at 1920 px', async () => {
  await withPage(env.browser, 'room-for-code', async (page, problems) => {
    const columns = () => page.evaluate(() => {
      const scroller = document.querySelector('.editor-scroll');
      const probe = document.createElement('span');
      probe.textContent = 'x'.repeat(100);
      document.querySelector('.highlight').append(probe);
      const ch = probe.getBoundingClientRect().width / 100;
      probe.remove();
      const gutter = document.querySelector('.gutter').getBoundingClientRect().width;
      return {
        fits: scroller.scrollWidth <= scroller.clientWidth,
        columns: Math.floor((scroller.clientWidth - gutter - 16) / ch),
      };
    });
    await page.goto(`${env.server.url}?lesson=stop-channel-race`);
    await main(page).waitFor();
    assert.equal((await columns()).fits, false, 'with the lesson shown, the 90-column lines scroll');
    await page.getByRole('button', { name: 'Hide the lesson' }).click();
    await page.waitForFunction(() => document.querySelector('.editor-scroll').scrollWidth
      <= document.querySelector('.editor-scroll').clientWidth);
    await page.reload();
    await page.getByRole('button', { name: 'Show the lesson' }).waitFor();
    assert.equal((await columns()).fits, true, 'lesson 13 fits with the lesson folded');
    await page.getByRole('button', { name: 'Show the lesson' }).click();
    await page.getByRole('button', { name: 'Hide the lesson' }).waitFor();

    await page.setViewportSize({ width: 1920, height: 1080 });
    const wide = await columns();
    assert.ok(wide.columns >= 80, `${wide.columns} columns at 1920 px`);

    // Soft wrap, with the lesson shown at 1280 px: nothing scrolls
    // sideways, long lines take two rows, every line number stays level
    // with its line, and the textarea wraps exactly as the coloured copy.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Wrap long lines', pressed: false }).click();
    await page.getByRole('button', { name: 'Wrap long lines', pressed: true }).waitFor();
    const wrap = await page.evaluate(() => {
      const scroller = document.querySelector('.editor-scroll');
      const gutter = [...document.querySelectorAll('.gutter-line')];
      const code = [...document.querySelectorAll('.highlight .code-line')];
      const lineHeight = parseFloat(getComputedStyle(code[0]).lineHeight);
      return {
        fits: scroller.scrollWidth <= scroller.clientWidth,
        wrapped: code.filter((l) => l.getBoundingClientRect().height > 1.5 * lineHeight).length,
        level: gutter.length === code.length && gutter.every((g, i) =>
          Math.abs(g.getBoundingClientRect().top - code[i].getBoundingClientRect().top) < 1),
        same: Math.abs(document.querySelector('.editor-input').scrollHeight
          - document.querySelector('.highlight').getBoundingClientRect().height) < 2,
      };
    });
    assert.deepEqual(wrap, { ...wrap, fits: true, level: true, same: true });
    assert.ok(wrap.wrapped > 0, 'some of lesson 13\'s lines wrap');
    await page.reload();
    await page.getByRole('button', { name: 'Wrap long lines', pressed: true }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('a tablet gets two panes; a phone opens on the lesson with a switch that fits and thumb-sized controls', async () => {
  await withPage(env.browser, 'tablet', async (page) => {
    await page.goto(`${env.server.url}?lesson=unbuffered-channels`);
    await main(page).waitFor();
    const shown = await page.evaluate(() => ['lesson', 'code', 'run']
      .filter((r) => document.getElementById(`region-${r}`).getBoundingClientRect().width > 0));
    assert.deepEqual(shown, ['lesson', 'run']);
    await page.getByRole('tab', { name: 'Code' }).click();
    await page.locator('#region-code').waitFor({ state: 'visible' });
    assert.ok(await page.locator('#region-run').isVisible());
  }, { viewport: { width: 900, height: 1000 } });

  await withPage(env.browser, 'phone', async (page, problems) => {
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'New here?' }).waitFor();
    assert.ok(await page.locator('#region-lesson').isVisible(), 'the phone opens on the lesson');
    for (const name of ['English', '中文', 'EN + 中文']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box.x + box.width <= 360, `${name} fits in 360 px`);
      assert.ok(box.height >= 44 && box.height < 60, `${name} is one line, 44 px or more (${box.height})`);
    }
    await page.getByRole('tab', { name: 'Run' }).click();
    for (const name of ['Run', 'Explore']) {
      const box = await page.getByRole('toolbar').getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(box.height >= 44, `${name} is ${box.height} px high`);
    }
    // Explore results are the pane in view once the search starts.
    await page.getByRole('tab', { name: 'Code' }).click();
    await page.keyboard.press('e');
    await page.getByTestId('explore-status').waitFor();
    assert.ok(await page.getByTestId('explore-status').isVisible());
    assert.deepEqual(problems, []);
  }, { viewport: { width: 360, height: 740 } });
});

test('an embed has a top-level heading', async () => {
  await withPage(env.browser, 'embed-heading', async (page) => {
    await page.goto(`${env.server.url}?embed=1&lesson=unbuffered-channels`);
    await page.getByRole('heading', { level: 1, name: /^Goroutine Dojo: / }).waitFor({ state: 'attached' });
  });
});
