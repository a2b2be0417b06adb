// The playground page in a real browser: it loads, runs the default program, reports syntax
// errors at their line, and remembers the last program across a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serveStatic, launchBrowser, openPage, SCREENSHOTS } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page loads and Run shows the outline of the default program', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.getByRole('heading', { name: 'Loopscope' }).waitFor();
  const editor = page.getByLabel('Python program');
  assert.match(await editor.inputValue(), /asyncio\.run\(main\(\)\)/);

  await page.getByRole('button', { name: 'Run' }).click();
  const output = page.locator('.output');
  await output.getByText('The program parses').waitFor();
  const text = await output.innerText();
  assert.match(text, /async def\s+main/);
  assert.match(text, /import\s+asyncio/);

  await page.screenshot({ path: `${SCREENSHOTS}shell-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a syntax error is shown with its line, and the line is marked', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  const editor = page.getByLabel('Python program');
  await editor.fill('import asyncio\n\nasync def main():\n    await asyncio.sleep(1\n');
  await editor.press('Control+Enter');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /SyntaxError/);
  assert.match(text, /line 4/);
  assert.match(text, /'\(' was never closed/);
  assert.equal((await page.locator('.gutter-line.error-line').innerText()).trim(), '4');

  // The error's line button puts the caret on that line.
  await alert.getByRole('button', { name: 'line 4' }).click();
  const selected = await editor.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, '    await asyncio.sleep(1');

  await page.screenshot({ path: `${SCREENSHOTS}syntax-error-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the last program survives a reload', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.getByLabel('Python program').fill('print("remember me")\n');
  await page.reload();
  assert.equal(await page.getByLabel('Python program').inputValue(), 'print("remember me")\n');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the page is usable at phone width', async () => {
  const { page, context, problems } = await openPage(browser, server.url, { width: 390, height: 844 });
  await page.getByRole('button', { name: 'Run' }).click();
  await page.locator('.output').getByText('The program parses').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${SCREENSHOTS}shell-phone.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});
