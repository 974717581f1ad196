// The last resort: a Rust panic in the app (forced here by `?crash-test`)
// shows the crash view in the page's language, with the report to copy and
// a reload that brings the page back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

test('a panic inside the app shows the crash view, and reloading recovers', async () => {
  await withPage(env.browser, 'crash', async (page, problems) => {
    await page.goto(`${env.server.url}?lang=zh&crash-test=1`);
    const view = page.getByTestId('crash');
    await view.waitFor();
    await view.getByText('Goroutine 道场内部出错了').waitFor();
    const report = await view.locator('pre').textContent();
    assert.match(report, /^Goroutine Dojo \d+\.\d+\.\d+ crashed\.\n/);
    assert.match(report, /crash test requested by the URL/);
    assert.match(report, /Page: http:\/\/127\.0\.0\.1:\d+\/\?lang=zh&crash-test=1/);
    await screenshot(page, 'crash-view');
    // The abort after the panic is the only error the page reports.
    assert.ok(problems.length > 0 && problems.every((p) => /unreachable|crash test/.test(p)), problems.join('\n'));

    await page.evaluate(() => history.replaceState(null, '', './?lang=zh'));
    await view.getByRole('button', { name: '刷新页面' }).click();
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    assert.equal(await page.getByTestId('crash').count(), 0);
  });
});
