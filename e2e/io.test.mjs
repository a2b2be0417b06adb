// Issues 13 and 14, what the page shows: the Selector panel lists the fds the loop watches with
// their interest and callbacks and lights the "process I/O events" phase with what select
// returned; the Sockets panel shows each socket's state and addresses and says the network is
// simulated; the Threads panel and the timeline show each thread, blocked with what it waits
// for. Read by accessible names; screenshots at 1280×800 and 390×844.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const ECHO = `import asyncio, socket

async def serve(listener):
    loop = asyncio.get_running_loop()
    conn, addr = await loop.sock_accept(listener)
    data = await loop.sock_recv(conn, 100)
    await loop.sock_sendall(conn, data.upper())
    conn.close()

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 8888))
    listener.listen()
    listener.setblocking(False)
    task = asyncio.create_task(serve(listener))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, ('127.0.0.1', 8888))
    await loop.sock_sendall(client, b'hello')
    print(await loop.sock_recv(client, 100))
    await task
    client.close()
    listener.close()

asyncio.run(main())
`;

const THREADS = `import _thread, time
done = _thread.allocate_lock()
done.acquire()
def work(n):
    time.sleep(n)

def worker(n):
    work(n)
    done.release()

_thread.start_new_thread(worker, (0.5,))
print('started')
done.acquire()
print('main', time.monotonic())
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

/** Nothing inside `selector` is wider than the page (no sideways scrolling on a phone). */
async function overflowing(page, selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map((e) => e.className));
}

for (const [size, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`${size}: the Selector and Sockets panels follow a socket echo`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, ECHO);
    const fds = page.getByRole('list', { name: 'Registered fds' });
    const phaseIo = page.getByRole('list', { name: 'I/O events the last select returned' });
    // A cycle whose select returned a readable fd, in its "process I/O events" phase.
    await firstStepWhere(page, 1, steps, async () => (await phaseIo.count()) === 1
      && /current/.test(await page.locator('.phase.has-io').getAttribute('class')));
    assert.match((await phaseIo.innerText()), /fd \d+ (readable|writable)/);
    const lit = fds.locator('.io-ready');
    assert.ok(await lit.count() >= 1, 'the fd select returned is lit in the Selector panel');
    assert.match(await lit.first().innerText(), /select: (readable|writable)/);
    assert.match(await lit.first().innerText(), /(reader|writer): /);
    const sockets = page.getByRole('table', { name: 'Open sockets' });
    assert.match(await page.locator('.panel-sockets').getByRole('note').innerText(), /simulated/);
    const listener = sockets.getByRole('row').filter({ hasText: 'LISTEN' });
    assert.match(await listener.innerText(), /127\.0\.0\.1:8888/);
    await page.locator('.panel-selector').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}selector-${size}.png` });
    // Once connected: two ESTABLISHED sockets, each with its peer.
    await firstStepWhere(page, 1, steps, async () =>
      (await sockets.getByRole('row').filter({ hasText: 'ESTABLISHED' }).count()) === 2);
    const est = await sockets.getByRole('row').filter({ hasText: 'ESTABLISHED' }).allInnerTexts();
    assert.ok(est.some((t) => /→ 127\.0\.0\.1:8888\s/.test(t)), est.join(' | '));
    await page.locator('.panel-sockets').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}sockets-${size}.png` });
    assert.deepEqual(await overflowing(page, '.panel-selector, .panel-sockets'), []);
    // At the end every socket is closed and the panels are gone.
    await goTo(page, steps);
    assert.equal(await sockets.count(), 0);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test(`${size}: the Threads panel and the timeline's thread lanes`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, THREADS);
    const threads = page.getByRole('list', { name: 'Threads' });
    const worker = threads.getByRole('group', { name: 'Thread #1' });
    await firstStepWhere(page, 1, steps, async () => (await worker.count()) === 1
      && /blocked/.test(await worker.innerText()));
    assert.match(await worker.innerText(), /waits for time\.sleep until 0\.500 s/);
    assert.match(await page.getByLabel('Frames of Thread #1').innerText(), /worker\(\) line 8 → work\(\) line 5/);
    assert.match(await threads.getByRole('group', { name: 'MainThread' }).innerText(), /running|ready/);
    await page.locator('.panel-threads').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}threads-${size}.png` });
    assert.deepEqual(await overflowing(page, '.panel-threads'), []);
    // The timeline: a lane per thread, the worker's blocked span says what it waited for.
    const labels = await page.locator('.timeline .lane-label.thread title').allTextContents();
    assert.deepEqual(labels, ['MainThread', 'Thread #1']);
    const titles = await page.locator('.timeline .span.thread-blocked title').allTextContents();
    assert.ok(titles.some((t) => /Thread #1: blocked \(time\.sleep until 0\.500 s\)/.test(t)), titles.join(' | '));
    await page.locator('.panel-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}thread-lanes-${size}.png` });
    await goTo(page, steps);
    assert.match(await worker.innerText(), /done/);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}
