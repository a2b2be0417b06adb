// The pictures the README opens with, taken here so they always show the current page: a run
// in its middle at 1280×800 and on a 390×844 phone. At both sizes the facts a row exists for
// (a timer's deadline, a task's or future's state; on the desktop what a task awaits) are
// never clipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

/** Elements among `selector` whose text does not fit (cut off or hidden by an ellipsis). */
function clipped(page, selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((e) => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.textContent));
}

for (const [size, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`the README's picture, ${viewport.width}×${viewport.height}: a run in its middle, nothing that matters clipped`, async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/gather`, viewport);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.status[class*="stop-"]').waitFor({ timeout: 30000 });
    // The first run shows its output at once (dimmed ahead of the cursor) and how to step.
    await page.locator('.panel-console .console-line.ahead').first().waitFor();
    await page.getByRole('note').filter({ hasText: 'Step with' }).waitFor();
    // Into the middle: the cooks are sleeping, the timer heap is full.
    const steps = Number((await page.locator('.position').innerText()).match(/\/ (\d+)/)[1]);
    const middle = String(Math.floor(steps * 0.4));
    await page.getByLabel('Scrub through the run').evaluate((el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, middle);
    await page.waitForFunction((step) => document.querySelector('.panels')?.dataset.step === step, middle);
    if (size === 'phone') {
      // The step controls stay on screen while the program scrolls into view.
      await page.getByLabel('Python program').scrollIntoViewIfNeeded();
      assert.ok(await page.getByRole('button', { name: 'Step forward' }).isVisible());
      const box = await page.getByRole('button', { name: 'Step forward' }).boundingBox();
      assert.ok(box && box.y + box.height <= viewport.height, 'the step controls are on screen');
    }
    // What a task awaits is never cut, on a phone either (issue 10): neither by its own box
    // nor by the row's edge.
    const facts = ['.vrow .when', '.task .state', '.future .state', '.task .detail'];
    for (const selector of facts) {
      assert.deepEqual(await clipped(page, selector), [], `${selector} clipped at ${size} size`);
    }
    const beyondRow = await page.locator('.task .detail').evaluateAll((els) => els
      .filter((e) => e.offsetParent !== null
        && e.getBoundingClientRect().right > e.closest('.vrow').getBoundingClientRect().right + 1)
      .map((e) => e.textContent));
    assert.deepEqual(beyondRow, [], `await targets cut by the row's edge at ${size} size`);
    // The heap tree fits its panel: no scrolling inside it (issue 10).
    const treeScrolls = await page.locator('.heap-tree-wrap').evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
    assert.equal(treeScrolls, 0, `the heap tree scrolls inside its panel at ${size} size`);
    await page.screenshot({ path: `${SCREENSHOTS}readme-${size}.png` });
    // The panels themselves, for a look at the rows the checks above measured.
    await page.locator('.panel-timers').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -8));
    await page.screenshot({ path: `${SCREENSHOTS}panels-${size}.png` });
    assert.deepEqual(problems(), []);
    await context.close();
  });
}
