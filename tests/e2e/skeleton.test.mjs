// The page as a first-time visitor meets it: it loads the playground on the
// flagship program, names itself in both languages, switches language (and
// remembers it), and works from a sub-path.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

test('the page loads the playground and switches language', async () => {
  await withPage(env.browser, 'skeleton-switch', async (page, problems) => {
    await page.goto(env.server.url);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    assert.equal(await title.textContent(), 'Goroutine Dojo');
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await screenshot(page, 'skeleton-en');

    await page.getByRole('button', { name: '中文', exact: true }).click();
    assert.equal(await title.textContent(), 'Goroutine 道场');
    assert.equal(await page.getByRole('button', { name: '中文', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await screenshot(page, 'skeleton-zh');

    await page.reload();
    await title.waitFor();
    assert.equal(await title.textContent(), 'Goroutine 道场', 'the language choice survives a reload');
    assert.deepEqual(problems, []);
  });
});

test('?lang= picks the language', async () => {
  await withPage(env.browser, 'skeleton-lang-param', async (page, problems) => {
    await page.goto(`${env.server.url}?lang=zh`);
    await page.getByRole('heading', { level: 1, name: 'Goroutine 道场' }).waitFor();
    await page.goto(`${env.server.url}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Goroutine Dojo' }).waitFor();
    assert.deepEqual(problems, []);
  });
});

test('the page works under a sub-path', async () => {
  const sub = await startServer({ prefix: '/wiki/dojo/' });
  try {
    await withPage(env.browser, 'skeleton-subpath', async (page, problems) => {
      await page.goto(sub.url);
      await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
      await page.getByRole('button', { name: 'g1 main.main' }).click();
      await page.getByTestId('step-counter').filter({ hasText: 'step 1' }).waitFor();
      assert.deepEqual(problems, []);
    });
  } finally {
    await sub.close();
  }
});
