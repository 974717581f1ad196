// Map order as a learner meets it: a `range` over a small map stops and
// asks which entry Go starts at, each entry is offered by name, and the
// output follows the choice; in Chinese the question is Chinese and the
// keys stay Go's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, withPage, screenshot } from './harness.mjs';

const RANGE = `package main

import "fmt"

func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for k := range m {
		fmt.Print(k)
	}
	fmt.Println()
}
`;

const env = useServerAndBrowser();

/// Steps main (its button named as `step` says) until the page asks a
/// question, and returns the dialog.
async function stepUntilAsked(page, step = 'g1 main.main') {
  const dialog = page.getByRole('dialog');
  for (let i = 0; i < 20 && !(await dialog.isVisible()); i++) {
    await page.getByRole('button', { name: step }).click();
  }
  await dialog.waitFor();
  return dialog;
}

test('a range over a map lets the learner choose the entry it starts at', async () => {
  await withPage(env.browser, 'maps-order', async (page, problems) => {
    await page.goto(env.server.url);
    await page.evaluate(() => localStorage.clear());
    await page.goto(env.server.url);
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();
    await page.getByLabel('Go source (editable)').fill(RANGE);
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor();

    const dialog = await stepUntilAsked(page);
    assert.match(await dialog.textContent(), /Go starts at a random entry/);
    const options = await dialog.locator('ul.choices button').allTextContents();
    assert.deepEqual(options, ['"x"', '"y"', '"z"']);
    await screenshot(page, 'maps-order-question');
    await dialog.getByRole('button', { name: '"z"' }).click();
    for (let i = 0; i < 20; i++) {
      const button = page.getByRole('button', { name: 'g1 main.main' });
      if (!(await button.isEnabled().catch(() => false))) break;
      await button.click();
    }
    await page.getByTestId('stdout').filter({ hasText: 'zxy' }).waitFor();

    await page.getByRole('button', { name: '中文', exact: true }).click();
    await page.getByRole('button', { name: '重置' }).click();
    const zh = await stepUntilAsked(page, 'g1 main.main');
    assert.match(await zh.textContent(), /range 遍历 map/);
    assert.deepEqual(await zh.locator('ul.choices button').allTextContents(), ['"x"', '"y"', '"z"']);
    assert.deepEqual(problems, []);
  });
});
