// `cargo xtask bench`, loading over a slow network: serves dist/ with
// `cargo xtask serve --no-build` (pre-compressed brotli, as a good static
// host serves it), emulates Chrome DevTools' "Fast 3G" preset over CDP,
// and times a cold visit (empty cache, no service worker) from navigation
// to interactive: the first lane's step button on screen. Also reports
// when the loading bar first shows, when it first gives a percentage, and
// the bytes transferred.
// Prints a Markdown table for docs/benchmarks.md. Not a test: timings are
// reported, never asserted.

import { spawn } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 3;
/// DevTools' "Fast 3G": 1.6 Mbps down and 750 kbps up at 90%, 150 ms RTT ×3.75.
const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9,
  uploadThroughput: (750 * 1000) / 8 * 0.9,
};

/// Starts `cargo xtask serve --no-build --port 0` and resolves with its URL.
function serve() {
  return new Promise((resolve, reject) => {
    const child = spawn('cargo', ['xtask', 'serve', '--no-build', '--port', '0'], { cwd: root });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /served at (http:\/\/\S+)/.exec(String(chunk));
      if (m) resolve({ url: m[1], stop: () => child.kill() });
    });
  });
}

const server = await serve();
const browser = await launchBrowser();
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; requests += 1; });
    const start = Date.now();
    await page.goto(`${server.url}?lesson=goroutines-and-waitgroup`, { waitUntil: 'commit' });
    await page.locator('.loading progress').waitFor({ timeout: 60_000 });
    const bar = Date.now() - start;
    await page.locator('.loading', { hasText: '%' }).waitFor({ timeout: 60_000 });
    const percent = Date.now() - start;
    await page.getByRole('button', { name: 'g1 main.main' }).waitFor({ timeout: 120_000 });
    const interactive = Date.now() - start;
    runs.push({ bar, percent, interactive, bytes, requests });
    await context.close();
  }
  runs.sort((a, b) => a.interactive - b.interactive);
  const median = runs[Math.floor(runs.length / 2)];
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log('| network | loading bar | percentage | interactive (median of 3) | runs | transferred | requests |');
  console.log('|---|---:|---:|---:|---|---:|---:|');
  console.log(`| Fast 3G (1.44 Mbit/s, 562.5 ms RTT) | ${s(median.bar)} | ${s(median.percent)} | ${s(median.interactive)} | ${runs.map((r) => s(r.interactive)).join(' / ')} | ${(median.bytes / 1024).toFixed(0)} KiB | ${median.requests} |`);
} finally {
  await browser.close();
  server.stop();
}
