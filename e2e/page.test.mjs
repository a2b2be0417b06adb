// The playground in a real browser: run gallery scenarios in the worker, step and scrub,
// check what the panels show, stop runaway programs, and keep the page usable at phone width.
// Screenshots of each main view land in e2e/screenshots/ for a person to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveStatic, openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const runButton = (page) => page.getByRole('button', { name: 'Run', exact: true });

/** Runs the program in the editor and waits for the status line; returns its text. */
async function run(page, timeout = 30000) {
  await runButton(page).click();
  const status = page.locator('.status[class*="stop-"]');
  await status.waitFor({ timeout });
  return status.innerText();
}

/** The "step N / M" position shown by the controls. */
async function position(page) {
  const text = await page.locator('.position').innerText();
  const [, step, steps, time] = text.match(/step (\d+) \/ (\d+) · ([\d.]+) s/);
  return { step: Number(step), steps: Number(steps), time: Number(time) };
}

async function waitForStep(page, predicate) {
  for (let i = 0; i < 100; i++) {
    const p = await position(page);
    if (predicate(p)) return p;
    await page.waitForTimeout(50);
  }
  throw new Error(`position never matched: ${JSON.stringify(await position(page))}`);
}

test('a gallery example runs in the worker and its end state is shown', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/blocking-sleep`);
  assert.match(await page.getByLabel('Python program').inputValue(), /time\.sleep\(2\)/);
  assert.match(await page.locator('.explanation').innerText(), /time\.sleep/);
  const status = await run(page);
  assert.match(status, /exit 0/);
  const { steps } = await position(page);
  assert.ok(steps > 100, `${steps} steps`);

  await page.keyboard.press('End');
  await waitForStep(page, (p) => p.step === steps);
  const console = page.locator('.panel-console');
  await console.getByText('tick 5').waitFor();
  assert.match(await console.innerText(), /3\.000\s+careless: back/);
  // Every task finished: icon and word, not colour alone.
  const states = await page.locator('.panel-tasks .task .state').allInnerTexts();
  assert.ok(states.length >= 4 && states.every((s) => s === 'done'), states.join(','));
  // The blocking time.sleep(2) is on the timeline and in the diagnostics.
  assert.equal(await page.locator('.timeline .blocked').count(), 1);
  assert.match(await page.locator('.panel-diagnostics').innerText(), /blocking callback/);
  await page.screenshot({ path: `${SCREENSHOTS}end-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('stepping forward and back by event, callback and cycle moves the panels', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`);
  await run(page);
  assert.equal((await position(page)).step, 0);

  await page.keyboard.press('y'); // next loop cycle
  const first = await waitForStep(page, (p) => p.step > 0);
  await page.locator('.cycle-number', { hasText: '1' }).waitFor();
  await page.keyboard.press('y');
  await page.locator('.cycle-number', { hasText: '2' }).waitFor();
  await page.keyboard.press('Y'); // back one cycle
  await waitForStep(page, (p) => p.step === first.step);

  await page.keyboard.press('c'); // next callback: the loop is running ready callbacks
  await waitForStep(page, (p) => p.step > first.step);
  await page.locator('.phase.current', { hasText: 'run ready callbacks' }).waitFor();
  assert.match(await page.locator('.event-text').innerText(), /Run callback/);

  const before = await position(page);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await waitForStep(page, (p) => p.step === before.step + 1);
  await page.getByRole('button', { name: 'Step back' }).click();
  await waitForStep(page, (p) => p.step === before.step);
  await page.screenshot({ path: `${SCREENSHOTS}stepping-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('scrubbing shows the timer heap in heapq order and the suspended tasks', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`);
  await run(page);
  // Step by loop cycle until all three cooks wait on their timers.
  for (let i = 0; i < 10; i++) {
    const before = await position(page);
    await page.keyboard.press('y');
    await waitForStep(page, (p) => p.step > before.step);
    await page.waitForTimeout(100);
    if ((await page.locator('.panel-timers .vrow').count()) === 3) break;
  }
  const whens = (await page.locator('.panel-timers .vrow .when').allInnerTexts())
    .map((t) => Number(t.replace('at ', '')));
  assert.equal(whens.length, 3, 'three timers on the heap');
  assert.equal(Math.min(...whens), whens[0], `the heap's first entry is its minimum: ${whens}`);
  const suspended = await page.locator('.panel-tasks .task.state-suspended').count();
  assert.ok(suspended >= 3, `${suspended} suspended tasks`);

  // The scrubber moves anywhere in the run.
  const { steps } = await position(page);
  const scrubber = page.getByLabel('Scrub through the run');
  await scrubber.fill(String(Math.floor(steps / 2)));
  await waitForStep(page, (p) => p.step === Math.floor(steps / 2));
  await scrubber.fill('0');
  await waitForStep(page, (p) => p.step === 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('clicking a line number goes to the next step that runs it', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/blocking-sleep`);
  await run(page);
  await page.getByRole('button', { name: /Go to the next step that runs line 17/ }).click();
  await waitForStep(page, (p) => p.step > 0);
  await page.locator('.gutter-line.running', { hasText: '17' }).waitFor();
  // The frames panel shows the running coroutine with its locals.
  assert.match(await page.locator('.panel-frames').innerText(), /careless\(\)/);
  await page.screenshot({ path: `${SCREENSHOTS}line-jump-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('errors are shown at their line', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  const editor = page.getByLabel('Python program');
  await editor.fill('import asyncio\n\nasync def main():\n    await asyncio.sleep(1\n');
  const status = await run(page);
  assert.match(status, /exit 1/);
  assert.match(status, /SyntaxError: '\(' was never closed/);
  assert.match(await page.locator('.gutter-line.error-line').innerText(), /4/);

  await editor.fill('def f():\n    return 1 / 0\n\nf()\n');
  assert.match(await run(page), /ZeroDivisionError: division by zero/);
  assert.match(await page.locator('.gutter-line.error-line').innerText(), /2/);
  await page.screenshot({ path: `${SCREENSHOTS}error-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an endless program leaves the page responsive, stops at the budget and keeps its trace', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await page.getByLabel('Python program').fill('n = 0\nwhile True:\n    n += 1\n');
  await runButton(page).click();
  // While it runs: the Stop button is there and the page still answers.
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  const status = page.locator('.status[class*="stop-"]');
  await status.waitFor({ timeout: 60000 });
  assert.match(await status.innerText(), /exit 124/);
  const { steps } = await position(page);
  assert.ok(steps > 0, 'the partial trace is kept');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Stop ends a run at once', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await page.getByLabel('Python program').fill('while True:\n    pass\n');
  await runButton(page).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.locator('.status.stopped').waitFor();
  // A fresh worker runs the next program.
  await page.getByLabel('Python program').fill('print("again")\n');
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the last program survives a reload', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await page.getByLabel('Python program').fill('print("remember me")\n');
  await page.reload();
  assert.equal(await page.getByLabel('Python program').inputValue(), 'print("remember me")\n');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the page is usable at phone width, in both themes', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/many-tasks`,
    { width: 390, height: 844 });
  await run(page, 60000);
  await page.keyboard.press('End');
  await page.locator('.panel-tasks .vrow').first().waitFor();
  // 1,000+ tasks, but only a window of rows is in the page.
  const rows = await page.locator('.panel-tasks .vrow').count();
  assert.ok(rows > 0 && rows <= 60, `${rows} task rows rendered`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${SCREENSHOTS}many-tasks-phone.png`, fullPage: true });
  await page.getByLabel('Colour theme').selectOption('dark');
  await page.screenshot({ path: `${SCREENSHOTS}many-tasks-phone-dark.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('every control has an accessible name', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`);
  await run(page);
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, select, textarea')]
      .filter((el) => !(el.getAttribute('aria-label') || el.innerText.trim() || el.labels?.length))
      .map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(unnamed, []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a share link opens the same program, step and console', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/blocking-sleep`);
  await run(page);
  // Go somewhere in the middle: the line that blocks.
  await page.getByRole('button', { name: /Go to the next step that runs line 18/ }).click();
  const at = await waitForStep(page, (p) => p.step > 0);
  await page.locator(`.panels[data-step="${at.step}"]`).waitFor();
  const consoleText = await page.locator('.panel-console').innerText();
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  assert.match(link, /#v1\//);
  assert.match(await page.getByLabel('Embed code').inputValue(), /<iframe src="[^"]*\?embed&amp;panels=/);

  const other = await openPage(shared.browser, link);
  await other.page.locator('.status[class*="stop-"]').waitFor();
  await waitForStep(other.page, (p) => p.step === at.step);
  await other.page.locator(`.panels[data-step="${at.step}"]`).waitFor();
  assert.equal(await other.page.getByLabel('Python program').inputValue(),
    await page.getByLabel('Python program').inputValue());
  assert.equal(await other.page.locator('.panel-console').innerText(), consoleText);
  assert.deepEqual(other.problems(), []);
  await other.context.close();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a damaged link opens an example and says what was wrong', async () => {
  for (const hash of ['#v1/AAAAbroken', '#v1/', '#v7/abc', '#example/no-such-thing']) {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}${hash}`);
    const notice = page.locator('.notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /could not be opened|no gallery example/);
    assert.notEqual(await page.getByLabel('Python program').inputValue(), '');
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test('three embeds on one page size themselves and obey postMessage', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}e2e-embed-host.html`);
  const frames = page.locator('iframe');
  assert.equal(await frames.count(), 3);
  // Each embed ran its program and told the host its height.
  await page.waitForFunction(() => window.heights && Object.keys(window.heights).length === 3, null, { timeout: 60000 });
  await page.waitForFunction(() => window.ready && Object.keys(window.ready).length === 3, null, { timeout: 60000 });
  const heights = await page.evaluate(() => window.heights);
  for (const h of Object.values(heights)) assert.ok(h > 200, `height ${h}`);
  // The host drives the second embed: load a program, then go to its last step.
  const second = page.frameLocator('iframe#second');
  await page.evaluate(() => document.getElementById('second').contentWindow.postMessage(
    { type: 'loopscope:load', program: 'print("from the host")\n' }, '*'));
  await second.locator('.status.stop-finished').waitFor();
  await page.evaluate(() => document.getElementById('second').contentWindow.postMessage(
    { type: 'loopscope:goto', step: 1000000 }, '*'));
  await second.locator('.panel-console').getByText('from the host').waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}embeds-desktop.png`, fullPage: true });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('repr of 100,000 nested lists is a RecursionError in the worker, not a crash', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await page.getByLabel('Python program').fill(
    "x = []\nfor i in range(100000):\n    x = [x]\ntry:\n    repr(x)\nexcept RecursionError as e:\n    print('repr:', e)\nx = None\nprint('freed')\n");
  assert.match(await run(page), /exit 0/);
  await page.keyboard.press('End');
  const console = page.locator('.panel-console');
  await console.getByText('freed').waitFor();
  assert.match(await console.innerText(), /maximum recursion depth exceeded while getting the repr of an object/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the same build works from a path prefix of a static host', async () => {
  const prefixed = await serveStatic(undefined, '/tools/loopscope/');
  try {
    const { page, context, problems } = await openPage(shared.browser, `${prefixed.url}#example/gather`);
    assert.match(await run(page), /exit 0/);
    await page.keyboard.press('End');
    await page.locator('.panel-console').getByText('gather returned').waitFor();
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    await prefixed.close();
  }
});
