// Embedding, as a wiki author and a wiki reader meet it: the example host
// page drives two embedded lessons through the postMessage API (commands
// in, events out, iframes sized by the heights the embeds report, the
// language switched, malformed messages shrugged off); an embed link's
// options (panes, read-only, start step, the way out to the full page);
// and the full page's Embed panel, which writes the snippet and previews it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

/// The log's lines about one embed.
async function logOf(page, name) {
  const lines = await page.getByTestId('log').locator('li').allTextContents();
  return lines.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
}

/// Waits until the log has a line about `name` matching `pattern`.
async function waitForLog(page, name, pattern) {
  await page.waitForFunction(
    ([name, source]) => [...document.querySelectorAll('.host-log li')]
      .some((li) => li.textContent.startsWith(`${name}: `)
        && new RegExp(source).test(li.textContent.slice(name.length + 2))),
    [name, pattern.source],
  );
}

test('a host page drives an embedded lesson through the API', async () => {
  await withPage(env.browser, 'embed-host', async (page, problems) => {
    await page.goto(`${env.server.url}embed-example.html`);
    await waitForLog(page, 'lesson 2', /ready \(protocol 1, en, lesson unbuffered-channels\)/);
    await waitForLog(page, 'lesson 13', /ready/);
    await waitForLog(page, 'lesson 2', /step 0; runnable: 1/);
    const lesson2 = page.frameLocator('iframe[title="Goroutine Dojo: lesson 2"]');
    const frame = page.locator('iframe[title="Goroutine Dojo: lesson 2"]');
    const controls = page.getByRole('group', { name: 'Commands to lesson 2' });
    await lesson2.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();

    // The iframe takes the height the embed reports (not the 150 px an
    // iframe has by default).
    await waitForLog(page, 'lesson 2', /height \d+px/);
    const heightNow = async () => {
      const reported = (await logOf(page, 'lesson 2')).filter((l) => l.startsWith('height')).at(-1);
      const box = await frame.boundingBox();
      return { reported: Number(reported.match(/\d+/)[0]), shown: Math.round(box.height) };
    };
    await page.waitForFunction(() => document.querySelector('iframe[title="Goroutine Dojo: lesson 2"]').style.height !== '');
    const before = await heightNow();
    assert.notEqual(before.shown, 150);
    assert.ok(Math.abs(before.shown - before.reported) <= 2, JSON.stringify(before));

    // Step: the event arrives, and the reader sees the step in the embed.
    await controls.getByRole('button', { name: 'Step · 单步' }).click();
    await waitForLog(page, 'lesson 2', /^step 1\b/);
    await lesson2.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();

    // To the end: one step command per step event until the outcome.
    await controls.getByRole('button', { name: 'Step to the end · 执行到结束' }).click();
    await waitForLog(page, 'lesson 2', /outcome: exit, exit status 0 at step \d+; printed 6 lines/);
    await lesson2.getByTestId('outcome').waitFor();
    // The outcome and the printed lines made the embed taller, and the
    // iframe followed.
    await page.waitForFunction((h) => {
      const f = document.querySelector('iframe[title="Goroutine Dojo: lesson 2"]');
      return parseInt(f.style.height, 10) > h;
    }, before.shown);
    const after = await heightNow();
    assert.ok(Math.abs(after.shown - after.reported) <= 2, JSON.stringify(after));
    await screenshot(page, 'embed-host-ended');

    // Reset, then the language: the embed speaks Chinese.
    await controls.getByRole('button', { name: 'Reset · 重置' }).click();
    await lesson2.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();
    await controls.getByRole('button', { name: '中文' }).click();
    await lesson2.getByTestId('step-counter').filter({ hasText: '第 0 步' }).waitFor();
    await lesson2.getByRole('link', { name: '在 Goroutine 道场中打开' }).waitFor();
    await lesson2.getByRole('toolbar', { name: '运行控制' }).getByRole('button', { name: '跑完这一行' }).waitFor();
    await screenshot(page, 'embed-host-zh');

    // Malformed and unknown messages change nothing and log no error; a
    // good command afterwards still works.
    const events = (await logOf(page, 'lesson 2')).filter((l) => !l.startsWith('height')).length;
    await controls.getByRole('button', { name: 'Send malformed messages · 发送畸形消息' }).click();
    await waitForLog(page, 'lesson 2', /sent 11 malformed messages/);
    await page.waitForTimeout(300);
    assert.equal(
      (await logOf(page, 'lesson 2')).filter((l) => !l.startsWith('height')).length,
      events + 1,
      'no event answered the malformed messages',
    );
    await lesson2.getByTestId('step-counter').filter({ hasText: '第 0 步' }).waitFor();
    await controls.getByRole('button', { name: 'English' }).click();
    await lesson2.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();

    // A program from the host replaces the lesson.
    await controls.getByRole('button', { name: 'Load another program · 换一个程序' }).click();
    await lesson2.getByText('hello from a goroutine').first().waitFor();

    // The second embed (no origin=) gets commands too, but its outcome
    // events would carry nothing printed.
    const lesson13 = page.frameLocator('iframe[title="Goroutine Dojo: lesson 13"]');
    await page.getByRole('group', { name: 'Commands to lesson 13' })
      .getByRole('button', { name: 'Step goroutine 1 · 单步 goroutine 1' }).click();
    await waitForLog(page, 'lesson 13', /^step 1 \(goroutine 1\)/);
    await lesson13.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('an embed obeys only its parent, from the origin its link names', async () => {
  await withPage(env.browser, 'embed-origin', async (page, problems) => {
    await page.goto(`${env.server.url}embed-example.html`);
    await waitForLog(page, 'lesson 13', /ready/);
    // An embed whose link names another origin: this page's commands are
    // ignored, and its events are not delivered here.
    const fromForeign = await page.evaluate(async (base) => {
      const iframe = document.createElement('iframe');
      iframe.title = 'foreign';
      iframe.src = `${base}index.html?embed=1&lesson=select&origin=https://wiki.example`;
      let seen = 0;
      addEventListener('message', (e) => { if (e.source === iframe.contentWindow) seen += 1; });
      document.body.append(iframe);
      await new Promise((r) => iframe.addEventListener('load', r));
      await new Promise((r) => setTimeout(r, 1500));
      iframe.contentWindow.postMessage({ target: 'goroutine-dojo', type: 'step' }, '*');
      await new Promise((r) => setTimeout(r, 500));
      return seen;
    }, env.server.url);
    const foreign = page.frameLocator('iframe[title="foreign"]');
    await foreign.getByRole('button', { name: 'g1 main.main' }).waitFor();
    assert.equal(await foreign.getByTestId('step-counter').textContent(), 'step 0', 'the command was ignored');
    assert.equal(fromForeign, 0, 'its events went to https://wiki.example only');
    assert.deepEqual(problems, []);
  });
});

test('an embed link chooses panes, read-only code and the start step, and leads to the full page', async () => {
  await withPage(env.browser, 'embed-options', async (page, problems) => {
    await page.goto(`${env.server.url}?embed=1&program=stop-channel-race&panes=code,output&readonly=1&step=3&lang=en`);
    await page.getByTestId('step-counter').filter({ hasText: 'step 3' }).waitFor();
    // No site chrome: no header (only a visually hidden top-level
    // heading for screen readers), no lesson list; the code is read-only.
    assert.equal(await page.getByRole('banner').count(), 0);
    assert.equal(await page.locator('h1.visually-hidden').count(), 1);
    assert.equal(await page.getByRole('navigation').count(), 0);
    const editor = page.getByRole('textbox', { name: 'Go source (read-only)' });
    assert.notEqual(await editor.getAttribute('readonly'), null);
    // Only the output view: no tabs, no lanes, and no Explore button
    // (its view is not shown).
    assert.equal(await page.getByTestId('lanes').count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Explore' }).count(), 0);
    await page.getByRole('button', { name: 'Step over line' }).click();
    await page.getByTestId('step-counter').filter({ hasText: /step [4-9]/ }).waitFor();
    await screenshot(page, 'embed-options');

    // "Open in Goroutine Dojo": the full page, in a new tab, at the same state.
    const link = page.getByRole('link', { name: 'Open in Goroutine Dojo' });
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /noopener/);
    const counter = await page.getByTestId('step-counter').textContent();
    const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await full.getByRole('heading', { level: 1, name: 'Goroutine Dojo' }).waitFor();
    await full.getByTestId('step-counter').filter({ hasText: counter }).waitFor();
    assert.ok(!full.url().includes('embed=1'), full.url());
    await full.close();
    assert.deepEqual(problems, []);
  });
});

test('options an embed cannot read are ignored with a notice', async () => {
  await withPage(env.browser, 'embed-bad-options', async (page, problems) => {
    await page.goto(`${env.server.url}?embed=1&lesson=no-such-lesson&panes=nothing&step=many&origin=javascript:alert(1)`);
    await page.getByTestId('notice').filter({ hasText: 'could not be read' }).waitFor();
    // The defaults: the default program with code, lanes and output.
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await page.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('the Embed panel writes the snippet for this lesson at this step and previews it', async () => {
  await withPage(env.browser, 'embed-panel', async (page, problems) => {
    await page.goto(`${env.server.url}?lesson=unbuffered-channels&lang=en`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${env.server.url}?lesson=unbuffered-channels&lang=en`);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Embed in a wiki page' });
    const snippet = panel.getByRole('textbox', { name: 'iframe snippet' });
    assert.match(await snippet.inputValue(), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;readonly=1&amp;lesson=unbuffered-channels&amp;lang=en" title="Goroutine Dojo: 2\. Unbuffered channels/);
    const markdown = panel.getByRole('textbox', { name: 'Markdown link' });
    assert.match(await markdown.inputValue(), /^\[Goroutine Dojo: 2\. Unbuffered channels: the hand-off\]\(http:\/\/127\.0\.0\.1:\d+\/\?lesson=unbuffered-channels&lang=en\)$/);
    const preview = page.frameLocator('iframe.embed-preview');
    await preview.getByRole('link', { name: 'Open in Goroutine Dojo' }).waitFor();
    await preview.getByTestId('step-counter').filter({ hasText: 'step 0' }).waitFor();

    // A step moves the snippet (and the preview) to the schedule so far.
    await page.getByRole('button', { name: 'g1 main.main' }).first().click();
    await page.getByTestId('step-counter').first().filter({ hasText: 'step 1' }).waitFor();
    assert.match(await snippet.inputValue(), /lang=en#code=[\w-]+&amp;sched=[\w-]+&amp;step=1"/);
    await preview.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();

    // Editable code on request; copying says so.
    await panel.getByRole('checkbox', { name: 'Read-only code' }).uncheck();
    assert.ok(!(await snippet.inputValue()).includes('readonly=1'));
    await panel.getByRole('button', { name: 'Copy' }).first().click();
    await page.getByTestId('notice').filter({ hasText: 'Copied' }).waitFor();
    await screenshot(page, 'embed-panel');

    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('region', { name: '嵌入到 Wiki 页面' }).getByText('代码只读').waitFor();
    assert.deepEqual(problems, []);
  });
});
