// Shared set-up for the end-to-end tests: serve the built page (dist/) on 127.0.0.1 and drive
// Debian's Chromium with playwright-core. Every test fails on a page error, a console error or a
// failed request, so a broken asset cannot slip through.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { mkdir } from 'node:fs/promises';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export const DIST = process.env.LOOPSCOPE_DIST ?? new URL('../dist/', import.meta.url).pathname;

/**
 * Serves `root` on a free port of 127.0.0.1, under the path `prefix` (as a static host would
 * serve a site in a subfolder); resolves to { url, close }, `url` ending in the prefix.
 */
export async function serveStatic(root = DIST, prefix = '/') {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path !== '/e2e-embed-host.html') {
      if (!path.startsWith(prefix)) {
        res.writeHead(404);
        res.end('not found');
        return;
      }
      path = '/' + path.slice(prefix.length);
    }
    // The embed test's host page lives with the tests, not in the build.
    if (path === '/e2e-embed-host.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(await readFile(new URL('./embed-host.html', import.meta.url)));
      return;
    }
    let file = join(root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page that records problems: uncaught errors, console errors, failed or 4xx/5xx
 * requests. Call `problems()` at the end of a test and expect it to be empty.
 */
export async function openPage(browser, url, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const seen = [];
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') seen.push(`console error: ${m.text()}`); });
  page.on('requestfailed', (r) => seen.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) seen.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(url);
  return { page, context, problems: () => seen };
}

export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

/**
 * The server and browser a test file's tests share: started before the first test, closed
 * after the last (node:test hooks of the calling file). Read `shared.server` and
 * `shared.browser` inside tests, once the hooks have set them.
 */
export function useServerAndBrowser() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await serveStatic();
    shared.browser = await launchBrowser();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
