// A package the Dojo lacks: the error says so in one line, the editor says
// why (no network, files or processes in a browser) and links to the page
// that lists what the Dojo supports, which a reader can follow and read in
// both languages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const env = useServerAndBrowser();

const HTTP = 'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() { fmt.Println(http.MethodGet) }\n';

test('a package the Dojo lacks links to what it supports', async () => {
  await withPage(env.browser, 'supported', async (page) => {
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('textarea.editor-input').waitFor();
    await page.evaluate((code) => {
      const editor = document.querySelector('textarea.editor-input');
      editor.value = code;
      editor.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, HTTP);
    const errors = page.locator('.diagnostics');
    await errors.getByText('package net/http is not supported by Goroutine Dojo').waitFor();
    await errors.getByText('no network, no files, no processes').waitFor();
    const link = errors.getByRole('link', { name: 'What it supports' });
    assert.equal(await link.getAttribute('href'), 'supported.html');
    await screenshot(page, 'supported-link');

    await page.goto(new URL('supported.html', env.server.url).href);
    await page.getByRole('heading', { name: 'What Goroutine Dojo supports' }).waitFor();
    await page.getByRole('heading', { name: 'Goroutine 道场支持什么' }).waitFor();
    for (const pkg of ['context', 'slices', 'iter', 'golang.org/x/sync/errgroup']) {
      await page.getByRole('cell', { name: pkg, exact: true }).waitFor();
    }
    assert.match(await page.locator('body').textContent(), /no network, no files and no processes/);
  });
});
