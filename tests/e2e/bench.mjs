// `cargo xtask bench`, browser half: opens bench.html in headless Chromium,
// waits for the engine benchmark to finish and prints its table as
// Markdown. Not a test: timings are reported, never asserted.

import { startServer, launchBrowser, newPage } from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();
try {
  const { page, problems } = await newPage(browser);
  await page.goto(`${server.url}bench.html`);
  await page.locator('[data-testid="bench-results"][data-done="true"]').waitFor({ timeout: 300_000 });
  const rows = await page.locator('[data-testid="bench-results"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  const version = browser.version();
  console.log(`Headless Chromium ${version}:\n`);
  console.log('| program | compile ms | run ms (best of 3) | steps | ns/step |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  await page.locator('[data-testid="explore-bench-results"][data-done="true"]').waitFor({ timeout: 300_000 });
  const explored = await page.locator('[data-testid="explore-bench-results"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  console.log('\nExplorer (dfs with reduction; each time is the mean of repeated runs totalling at least 50 ms):\n');
  console.log('| program | first counterexample: schedules | ms | complete search: schedules | ms | schedules/s | real Go needed |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  for (const r of explored) console.log(`| ${r.join(' | ')} |`);
  await page.locator('[data-testid="scale-bench-results"][data-done="true"]').waitFor({ timeout: 300_000 });
  const scaled = await page.locator('[data-testid="scale-bench-results"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  console.log('\nOne explored schedule against a plain run (mean of repeated runs totalling at least 50 ms):\n');
  console.log('| program | gosim run ms | one explored schedule ms | ratio | with -race: run ms | schedule ms | ratio |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of scaled) console.log(`| ${r.join(' | ')} |`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
