// The page's promise, checked through its own editor: with the default settings, a program
// typed into the page prints what CPython 3.11 printed (tests/conformance/expected/, made by
// harness.py). Every gallery example and a fixed sample of the other scenarios, spread over
// the alphabet, go through the editor, Run and the console at the last step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { openPage, useServerAndBrowser } from './harness.mjs';

const CONFORMANCE = new URL('../tests/conformance/', import.meta.url).pathname;
/** Other scenarios checked besides the gallery: one in every SAMPLE_EVERY, in name order. */
const SAMPLE_EVERY = 15;

const shared = useServerAndBrowser();

/** `0x7f3a91c0` → `0x...`, as the harness normalizes; trailing blanks dropped. */
const normalize = (line) => line.replace(/0x[0-9a-f]+/g, '0x...').trimEnd();

/** The scenarios to check: name, source, expected stdout lines. */
async function scenarios() {
  const names = (await readdir(`${CONFORMANCE}scenarios`)).filter((f) => f.endsWith('.py')).sort();
  const chosen = [];
  let other = 0;
  for (const file of names) {
    const name = file.slice(0, -3);
    const source = await readFile(`${CONFORMANCE}scenarios/${file}`, 'utf8');
    const head = source.split('\n').filter((l) => l.startsWith('#'));
    // Expected to differ, or run with settings CPython's harness cannot have (a CPU cost).
    if (head.some((l) => l.startsWith('# xfail:') || l.startsWith('# loopscope:'))) continue;
    const stdout = await readFile(`${CONFORMANCE}expected/${name}.stdout`, 'utf8');
    // The page names the program main.py: output that names the file cannot match.
    if (stdout.includes('.py') || stdout.split('\n').length > 150) continue;
    // In wasm, math functions come from Rust's libm and may differ from glibc's in the last
    // bit (docs/ARCHITECTURE.md, "Deliberate differences"), complex power's polar form too:
    // the native runner checks those.
    if (/^(math|random|cmath|complex|statistics)/.test(name)) continue;
    // The worker refuses source nested past 1,000 levels, CPython's compiler past 3,000
    // (docs/ARCHITECTURE.md, "Deliberate differences"): the native runner checks those.
    if (name.startsWith('compile__nesting')) continue;
    const gallery = name.startsWith('gallery__');
    if (!gallery && other++ % SAMPLE_EVERY !== 0) continue;
    chosen.push({ name, source, want: stdout.split('\n').filter((l) => l !== '').map(normalize) });
  }
  return chosen;
}

test('gallery examples and sampled scenarios print CPython\'s output in the page', async () => {
  const chosen = await scenarios();
  assert.ok(chosen.length >= 20, `${chosen.length} scenarios`);
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  const failures = [];
  for (const { name, source, want } of chosen) {
    await page.getByLabel('Python program').fill(source);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.status[class*="stop-"]:not(.stale)').waitFor({ timeout: 60000 });
    await page.getByRole('button', { name: 'Jump to the end' }).click();
    await page.waitForFunction(() => {
      const m = document.querySelector('.position')?.textContent.match(/step (\d+) \/ (\d+)/);
      return m && m[1] === m[2] && document.querySelector('.panels')?.dataset.step === m[1];
    });
    const got = await page.locator('.panel-console .console-line:not(.stderr)').evaluateAll((lines) =>
      lines.map((l) => `${l.querySelector('.time').textContent} ${l.querySelector('.text').textContent}`));
    const shown = got.map(normalize);
    if (JSON.stringify(shown) !== JSON.stringify(want)) {
      const i = shown.findIndex((l, k) => l !== want[k]);
      failures.push(`${name}: line ${i + 1}: page ${JSON.stringify(shown[i])}, CPython ${JSON.stringify(want[i])}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.deepEqual(problems(), []);
  await context.close();
});
