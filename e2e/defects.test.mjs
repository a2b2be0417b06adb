// The defects a new user found in the page (issue 10), each checked as that user met it, and
// the settings header as the page edits it. Controls are found by their accessible names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const runButton = (page) => page.getByRole('button', { name: 'Run', exact: true });
const editor = (page) => page.getByLabel('Python program');

async function run(page, timeout = 30000) {
  await runButton(page).click();
  // Not the last run's status, which an edit marked stale.
  const status = page.locator('.status[class*="stop-"]:not(.stale)');
  await status.waitFor({ timeout });
  return status.innerText();
}

/** The console at the end of the run, as `time text` lines (stdout only). */
async function consoleAtEnd(page) {
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  await page.waitForFunction(() => {
    const m = document.querySelector('.position')?.textContent.match(/step (\d+) \/ (\d+)/);
    return m && m[1] === m[2] && document.querySelector('.panels')?.dataset.step === m[1];
  });
  return page.locator('.panel-console .console-line:not(.stderr)').evaluateAll((lines) =>
    lines.map((l) => `${l.querySelector('.time').textContent} ${l.querySelector('.text').textContent}`.trimEnd()));
}

test('defect 2: by default the page prints what CPython prints', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await editor(page).fill([
    'import asyncio',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    total = sum(range(1000))',
    "    h = loop.call_at(loop.time() + 0.4, print, 'fired')",
    "    print('when:', h.when())",
    '    await asyncio.sleep(0.5)',
    'asyncio.run(main())',
    '',
  ].join('\n'));
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(await consoleAtEnd(page), ['0.000 when: 0.4', '0.400 fired']);
  assert.match(await page.getByLabel('Effective settings').innerText(), /CPU cost 0 ns/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('settings: the Settings dialog shows the effective settings and writes the header', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.waitFor();
  const cost = dialog.getByLabel('CPU cost (virtual ns per instruction)');
  assert.equal(await cost.inputValue(), '0');
  await cost.fill('7');
  await dialog.getByLabel('Virtual time budget (seconds)').fill('60');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await dialog.waitFor({ state: 'detached' });
  const text = await editor(page).inputValue();
  assert.match(text, /^(#.*\n)*# loopscope: instr-cost-ns=7 max-seconds=60\n/);
  assert.match(await page.getByLabel('Effective settings').innerText(), /CPU cost 7 ns.* 60 s/);
  // A mistake in a hand-written header is named with its line, and nothing runs.
  await editor(page).fill('# loopscope: instr-cost=7\nprint(1)\n');
  assert.match(await page.getByLabel('Effective settings').innerText(), /line 1: unknown setting `instr-cost`/);
  const status = await run(page);
  assert.match(status, /exit 2/);
  assert.match(status, /Line 1: unknown setting `instr-cost`/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('defect 3: with a CPU cost, the clock of each step moves in sleep(0) loops', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await editor(page).fill([
    '# loopscope: instr-cost-ns=7',
    'import asyncio',
    'async def main():',
    '    loop = asyncio.get_running_loop()',
    '    for _ in range(100_000):',
    '        await asyncio.sleep(0)',
    '    print(f"{loop.time():.3f}")',
    'asyncio.run(main())',
    '',
  ].join('\n'));
  assert.match(await run(page, 60000), /exit 0/);
  const [line] = await consoleAtEnd(page);
  const [stamp, printed] = line.split(' ').map(Number);
  assert.ok(printed > 0.005, `loop.time() read ${printed}`);
  assert.ok(Math.abs(stamp - printed) <= 0.001, `the console stamp ${stamp} is the time the program read`);
  const shown = Number((await page.locator('.position').innerText()).match(/· ([\d.]+) s/)[1]);
  assert.ok(Math.abs(shown - printed) <= 0.002, `the position says ${shown} s`);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('defect 4: a read-only embed cannot be edited from the keyboard', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?embed&readonly#example/gather`);
  await page.locator('.status[class*="stop-"]').waitFor({ timeout: 30000 });
  const before = await editor(page).inputValue();
  await editor(page).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');
  await editor(page).focus();
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(300);
  assert.equal(await editor(page).inputValue(), before);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('defect 5: after choosing an example, edits survive a reload', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await page.getByLabel('Gallery example').selectOption('timeout');
  await page.waitForFunction(() => location.hash === '#example/timeout');
  await editor(page).fill('print("my own edit")\n');
  await page.reload();
  assert.equal(await editor(page).inputValue(), 'print("my own edit")\n');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('defect 6: stop messages name only what the page has', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await editor(page).fill('# loopscope: max-callbacks=1000\nimport asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n');
  const status = await run(page);
  assert.match(status, /exit 124/);
  assert.match(status, /# loopscope: max-callbacks=N/);
  assert.doesNotMatch(status, /--max/);
  // Stop points at Settings, and the page has it.
  await editor(page).fill('while True:\n    pass\n');
  await runButton(page).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  assert.match(await page.locator('.notice').innerText(), /in Settings/);
  await page.getByRole('button', { name: 'Settings' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('defect 7: dialogs close on Escape and on the backdrop, and keep the focus inside', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`);
  await run(page);
  for (const [button, name] of [['Share', 'Share this run'], ['Keyboard shortcuts', 'Keyboard shortcuts'], ['Settings', 'Settings']]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    // The focus starts inside and Tab never leaves.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `${name}: focus left after ${i + 1} Tab(s)`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor();
    await page.mouse.click(5, 400);
    await dialog.waitFor({ state: 'detached' });
  }
  // Ticks on the time axis are distinct and none is cut off.
  await page.locator('.timeline .tick').first().waitFor();
  const ticks = await page.locator('.timeline .tick').allTextContents();
  assert.deepEqual([...new Set(ticks)], ticks);
  const clipped = await page.locator('.timeline .tick').evaluateAll((els) => {
    const svg = els[0].ownerSVGElement.getBoundingClientRect();
    return els.map((e) => e.getBoundingClientRect()).filter((r) => r.right > svg.right + 0.5 || r.left < svg.left - 0.5).length;
  });
  assert.equal(clipped, 0);
  // Closing the Share dialog at once stops its embed preview loading: not a problem.
  assert.deepEqual(problems().filter((p) => !p.includes('net::ERR_ABORTED')), []);
  await context.close();
});

test('defect 7: loading the page prints no console warnings', async () => {
  const context = await shared.browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  await page.goto(shared.server.url);
  await run(page);
  assert.deepEqual(warnings, []);
  await context.close();
});

test('defect 8: when the worker dies mid-run the page says so and the next Run works', async () => {
  const { page, context, problems } = await openPage(shared.browser, 'about:blank');
  // The worker's loader, served with a first listener that kills the worker (an uncaught
  // wasm trap, as running out of memory gives) when a program asks for it.
  await context.route('**/loopscope-worker_loader.js', async (route) => {
    const response = await route.fetch();
    const body = `self.addEventListener('message', (e) => {
      if (typeof e.data === 'string' && e.data.includes('KILL THE WORKER')) {
        const until = Date.now() + 400; while (Date.now() < until) {}
        throw new WebAssembly.RuntimeError('unreachable');
      }
    });\n${await response.text()}`;
    await route.fulfill({ response, body });
  });
  await page.goto(shared.server.url);
  const program = 'import asyncio\n# KILL THE WORKER\nasync def main():\n    await asyncio.sleep(1)\n    print("slept")\nasyncio.run(main())\n';
  await editor(page).fill(program);
  await runButton(page).click();
  await page.getByRole('button', { name: 'Stop' }).waitFor();
  const notice = page.locator('.notice');
  await notice.waitFor({ timeout: 30000 });
  assert.match(await notice.innerText(), /worker running the program crashed.*unreachable/s);
  assert.equal(await editor(page).inputValue(), program, 'the editor keeps the program');
  await runButton(page).waitFor();
  await page.screenshot({ path: `${SCREENSHOTS}worker-died-desktop.png` });
  // The fresh worker runs the next program.
  await editor(page).fill('import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("slept")\nasyncio.run(main())\n');
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(await consoleAtEnd(page), ['1.000 slept']);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('recursion through native code is a RecursionError in the worker, never a crash', async () => {
  // A property, an operator, an f-string's repr, a list comparison, map and sorted's key all
  // call the program back from native code, nesting interpreter loops on the worker's stack
  // (vm/interp.rs, MAX_LOOP_NESTING); the second round lifts the recursion limit past it.
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  await editor(page).fill([
    'import sys',
    '',
    '',
    'def expect(what, f):',
    '    try:',
    '        f()',
    '    except RecursionError as e:',
    '        print(what, e)',
    '',
    '',
    'class Loop:',
    '    @property',
    '    def x(self):',
    '        return self.x',
    '',
    '    def __add__(self, other):',
    '        return self + other',
    '',
    '    def __repr__(self):',
    "        return f'Loop({self!r})'",
    '',
    '    def __eq__(self, other):',
    '        return [self] == [other]',
    '',
    '',
    'def deeper(n):',
    '    return list(map(deeper, [n + 1]))',
    '',
    '',
    'def keyed(n):',
    '    return sorted([n], key=keyed)',
    '',
    '',
    'for limit in (1000, 100_000):',
    '    sys.setrecursionlimit(limit)',
    "    expect('property', lambda: Loop().x)",
    "    expect('add', lambda: Loop() + 1)",
    "    expect('repr', lambda: repr(Loop()))",
    "    expect('eq', lambda: Loop() == Loop())",
    "    expect('map', lambda: deeper(0))",
    "    expect('sorted', lambda: keyed(0))",
    "print('end')",
    '',
  ].join('\n'));
  assert.match(await run(page, 60000), /exit 0/);
  const kinds = ['property', 'add', 'repr', 'eq', 'map', 'sorted'];
  const want = [...kinds, ...kinds].map((k) => `0.000 ${k} maximum recursion depth exceeded`);
  assert.deepEqual(await consoleAtEnd(page), [...want, '0.000 end']);
  assert.deepEqual(problems(), []);
  await context.close();
});
