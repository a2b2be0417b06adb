// Issue 12, what the page shows: the Locks & queues panel lists each primitive the program
// made with its state and its waiters in order, a blocked task says what it waits for, and the
// tasks asyncio.run makes while it shuts down say so. Read by accessible names, as a screen
// reader would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const LOCK = `import asyncio

async def worker(lock, n):
    async with lock:
        await asyncio.sleep(1)
        print('done', n)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker(lock, 1), worker(lock, 2), worker(lock, 3))

asyncio.run(main())
`;

const QUEUE = `import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
    print('produced')

async def consumer(q):
    await asyncio.sleep(1)
    while True:
        item = await q.get()
        print('got', item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    c = asyncio.create_task(consumer(q))
    await producer(q)
    await q.join()
    c.cancel()

asyncio.run(main())
`;

async function run(page, source) {
  await page.getByLabel('Python program').fill(source);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('.status[class*="stop-"]:not(.stale)').waitFor({ timeout: 30000 });
  return Number((await page.locator('.position').innerText()).match(/\/ (\d+)/)[1]);
}

async function goTo(page, step) {
  await page.getByLabel('Scrub through the run').evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, String(step));
  await page.waitForFunction((s) => document.querySelector('.panels')?.dataset.step === s, String(step));
}

/** The first step in `from..=to` at which `ready()` holds, scrubbing forward. */
async function firstStepWhere(page, from, to, ready) {
  for (let step = from; step <= to; step++) {
    await goTo(page, step);
    if (await ready()) return step;
  }
  throw new Error('never reached');
}

const items = (list) => list.getByRole('listitem').allInnerTexts();

test('a held Lock shows its waiters in order, and the waiting tasks say what they wait for', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  const steps = await run(page, LOCK);
  const waiters = page.getByRole('list', { name: 'Waiters of Lock #1' });
  await firstStepWhere(page, 1, steps, async () => (await waiters.count()) === 1
    && (await waiters.getByRole('listitem').count()) === 2);
  const lock = page.getByRole('group', { name: 'Lock #1' });
  assert.match(await lock.innerText(), /locked/);
  const names = (await items(waiters)).map((t) => t.match(/Task-\d+/)[0]);
  assert.deepEqual(names, ['Task-3', 'Task-4']);
  const tasks = page.getByRole('list', { name: 'Tasks in creation order' });
  assert.match(await tasks.getByRole('listitem').filter({ hasText: 'Task-3' }).innerText(),
    /waits for Lock #1/);
  // "waits for Lock #1" is never cut (the chain gives way).
  const cut = await page.locator('.task .detail').evaluateAll((els) => els
    .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  assert.deepEqual(cut, []);
  await page.locator('.panel-syncs').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOTS}locks-desktop.png` });
  // At the end the lock is free and nobody waits.
  await goTo(page, steps);
  assert.match(await lock.innerText(), /unlocked/);
  assert.equal(await waiters.count(), 0);
  // asyncio.run's shutdown makes two tasks of its own, labelled as such.
  const shutdown = tasks.getByRole('listitem').filter({ hasText: 'asyncio.run shutdown' });
  assert.equal(await shutdown.count(), 2);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a full Queue shows its items and the blocked putter; an empty one its getter', async () => {
  const { page, context, problems } = await openPage(shared.browser, shared.server.url);
  const steps = await run(page, QUEUE);
  const deque = page.getByRole('list', { name: 'Waiters of Queue #1' });
  const queue = page.getByRole('group', { name: 'Queue #1' });
  const tasks = page.getByRole('list', { name: 'Tasks in creation order' });
  const row = (name) => tasks.getByRole('listitem').filter({ hasText: name });
  // The putter joins the deque, then its task suspends on the putter future.
  await firstStepWhere(page, 1, steps, async () => (await deque.count()) === 1
    && /Task-1/.test((await items(deque)).join()) && /suspended/.test(await row('Task-1').innerText()));
  assert.match(await queue.innerText(), /items \[0, 1\] maxsize 2/);
  assert.match((await items(deque))[0], /Task-1.*put/);
  assert.match(await tasks.getByRole('listitem').filter({ hasText: 'Task-1' }).innerText(),
    /waits to put into Queue #1/);
  // Near the end the consumer waits on the empty queue.
  await firstStepWhere(page, Math.max(1, steps - 60), steps, async () => (await deque.count()) === 1
    && /Task-2/.test((await items(deque)).join()) && /suspended/.test(await row('Task-2').innerText()));
  assert.match((await items(deque))[0], /Task-2.*get/);
  assert.match(await tasks.getByRole('listitem').filter({ hasText: 'Task-2' }).innerText(),
    /waits to get from Queue #1/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a TaskGroup lists its children with their states once one of them failed', async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/taskgroup-failure`);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('.status[class*="stop-"]:not(.stale)').waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  const children = page.getByRole('list', { name: 'Children of TaskGroup #1' });
  await children.waitFor();
  const rows = await items(children);
  assert.equal(rows.length, 3);
  // fast finished, faulty raised (done with an exception), slow was cancelled by the group.
  assert.deepEqual(rows.map((r) => r.match(/done|cancelled/)?.[0]), ['done', 'done', 'cancelled']);
  assert.match(await page.getByRole('group', { name: 'TaskGroup #1' }).innerText(), /finished/);
  assert.deepEqual(problems(), []);
  await context.close();
});
