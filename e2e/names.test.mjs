// The `\N{...}` names table is not in the worker's wasm: the worker fetches names.bin only for
// a program that may need it (docs/ARCHITECTURE.md, "The names table"). Checked as a user
// meets it: the right character printed, no fetch for other programs, and a clear message
// when the fetch fails.
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

/** Counts the context's requests for names.bin (the worker's requests included). */
function countNamesFetches(context) {
  const seen = { count: 0 };
  context.on('request', (r) => { if (new URL(r.url()).pathname.endsWith('/names.bin')) seen.count += 1; });
  return seen;
}

const NAMED = [
  'import asyncio',
  '',
  'async def main():',
  '    await asyncio.sleep(0.5)',
  '    print("\\N{BULLET} done \\N{snowman} \\N{LATIN SMALL LETTER SHARP S}")',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

test('a program with \\N{...} fetches the names table once and prints the characters', async () => {
  const { page, context, problems } = await openPage(shared.browser, 'about:blank');
  const fetches = countNamesFetches(context);
  await page.goto(shared.server.url);
  await editor(page).fill(NAMED);
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(await consoleAtEnd(page), ['0.500 \u2022 done \u2603 \u00df']);
  assert.equal(fetches.count, 1);
  await page.locator('.panel-console').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}names-desktop.png` });
  // Installed once: the next run neither fetches again nor differs; an unknown name is a
  // SyntaxError, as in CPython, not a missing table.
  assert.match(await run(page), /exit 0/);
  await editor(page).fill('print("\\N{NO SUCH NAME}")\n');
  const unknown = await run(page);
  assert.match(unknown, /exit 1 SyntaxError/);
  assert.doesNotMatch(unknown, /not loaded/);
  assert.equal(fetches.count, 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a program without N{ never fetches the names table', async () => {
  const { page, context, problems } = await openPage(shared.browser, 'about:blank');
  const fetches = countNamesFetches(context);
  await page.goto(`${shared.server.url}#example/blocking-sleep`);
  assert.match(await run(page), /exit 0/);
  await editor(page).fill('import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("N {} \\u2022")\nasyncio.run(main())\n');
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(await consoleAtEnd(page), ['1.000 N {} \u2022']);
  assert.equal(fetches.count, 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('offline, a \\N{...} program says the names table is not loaded; online again it runs', async () => {
  const { page, context, problems } = await openPage(shared.browser, 'about:blank');
  const fetches = countNamesFetches(context);
  let offline = true;
  await context.route('**/names.bin', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(shared.server.url);
  await editor(page).fill(NAMED);
  const status = await run(page);
  assert.match(status, /exit 2/);
  assert.match(status, /names table is not loaded \(fetching names\.bin failed: .*run again when online\)/);
  await page.locator('.panel-console').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}names-offline-desktop.png` });
  // A program that only mentions N{ in a comment still runs.
  await editor(page).fill('# a \\N{...} escape names a character\nprint("fine")\n');
  assert.match(await run(page), /exit 0/);
  offline = false;
  await editor(page).fill(NAMED);
  assert.match(await run(page), /exit 0/);
  assert.deepEqual(await consoleAtEnd(page), ['0.500 \u2022 done \u2603 \u00df']);
  assert.equal(fetches.count, 3);
  // The aborted fetches are this test's doing.
  assert.deepEqual(problems().filter((p) => !p.includes('names.bin')), []);
  await context.close();
});
