// Shared set-up for the browser tests: a static server over dist/ on a free
// port, a headless Chromium driven by playwright-core, and a page that fails
// the test on any console error or failed request. Screenshots go to
// tests/e2e/artifacts/.

import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
export const ARTIFACTS = join(here, 'artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/// Serves `root` under `prefix` (for example '/' or '/wiki/dojo/'), with
/// `headers` (say, a Content-Security-Policy) on every response.
export async function startServer({ root = DIST, prefix = '/', headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = normalize(path.slice(prefix.length));
    if (rel.startsWith('..')) {
      res.writeHead(404).end('not found');
      return;
    }
    if (rel === '.' || rel === '' || rel.endsWith('/')) rel = join(rel, 'index.html');
    try {
      const body = await readFile(join(root, rel));
      res.writeHead(200, { ...headers, 'Content-Type': MIME[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/// A fresh page that records console errors, page errors and failed requests.
/// `serviceWorkers: 'block'` keeps the page's service worker from taking
/// its requests, which Playwright's routes would then not see.
export async function newPage(browser, { viewport = { width: 1280, height: 800 }, serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  return { page, context, problems };
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/// Runs `body(page)` and saves a screenshot named after the test if it throws.
export async function withPage(browser, name, body, options) {
  const { page, context, problems } = await newPage(browser, options);
  try {
    await body(page, problems);
  } catch (err) {
    const shot = await screenshot(page, `FAILED-${name}`).catch(() => 'no screenshot');
    err.message += `\n(screenshot: ${shot})`;
    throw err;
  } finally {
    await context.close();
  }
}

/// For a test file: a server over dist/ and a browser, started before its
/// tests and closed after them. Read `env.server` and `env.browser` inside
/// the tests.
export function useServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
