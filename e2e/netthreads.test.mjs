// Issues 13 and 14, what the page shows beyond the panels of io.test.mjs: packets on the
// timeline (a network band, each packet from sent to arrival), each socket's send/receive
// buffer and bytes in flight, the stream a waiting task waits on (readline's buffer, drain's
// back-pressure), threads by their threading names and a thread pool's pending work and
// workers. Read by accessible names; screenshots at 1280×800 and 390×844, and of two gallery
// examples (many-clients, bounded-executor).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, SCREENSHOTS, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

// 3,000 bytes 10 ms away, left unread by the server for a while.
const UNREAD = `# loopscope: net-latency-ms=10
import asyncio, socket

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 8888))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, ('127.0.0.1', 8888))
    conn, _ = await loop.sock_accept(listener)
    await loop.sock_sendall(client, b'x' * 3000)
    await asyncio.sleep(0.005)
    print('on the link', loop.time())
    await asyncio.sleep(0.05)
    print('arrived', loop.time())
    print(len(await loop.sock_recv(conn, 5000)))
    for s in (conn, client, listener):
        s.close()

asyncio.run(main())
`;

const HALF_LINE = `# loopscope: net-latency-ms=10
import asyncio

async def handle(reader, writer):
    line = await reader.readline()
    print('got', line)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, '127.0.0.1', 8888)
    reader, writer = await asyncio.open_connection('127.0.0.1', 8888)
    writer.write(b'hel')
    await asyncio.sleep(0.05)
    print('partial')
    writer.write(b'lo\\n')
    await asyncio.sleep(0.05)
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())
`;

const POOL = `import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def work(n):
    time.sleep(n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=2)
    futs = [loop.run_in_executor(pool, work, 0.1) for _ in range(3)]
    await asyncio.sleep(0.05)
    print('busy')
    await asyncio.gather(*futs)
    print('idle')
    pool.shutdown()

asyncio.run(main())
`;

// A server thread blocked in accept() while the main thread sleeps (rule T9).
const BLOCKED_ACCEPT = `import socket, threading, time

def serve(listener):
    conn, _ = listener.accept()
    print('accepted')
    conn.close()

listener = socket.create_server(('127.0.0.1', 8888))
t = threading.Thread(target=serve, args=(listener,), name='server')
t.start()
time.sleep(0.2)
print('main slept')
socket.create_connection(('127.0.0.1', 8888)).close()
t.join()
listener.close()
`;

async function run(page, source) {
  await page.getByLabel('Python program').fill(source);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('.status[class*="stop-"]:not(.stale)').waitFor({ timeout: 60000 });
  return Number((await page.locator('.position').innerText()).match(/\/ (\d+)/)[1]);
}

async function goTo(page, step) {
  await page.getByLabel('Scrub through the run').evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, String(step));
  await page.waitForFunction((s) => document.querySelector('.panels')?.dataset.step === s, String(step));
}

/** The first step at which the program's output has a line matching `re`. */
async function stepOfOutput(page, steps, re) {
  let lo = 1;
  let hi = steps;
  // The console shows the lines printed up to the current step: bisect on it.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    await goTo(page, mid);
    const printed = page.getByRole('list', { name: 'Program output' });
    const text = (await printed.count()) ? await printed.innerText() : '';
    if (re.test(text)) hi = mid; else lo = mid + 1;
  }
  await goTo(page, lo);
  return lo;
}

async function overflowing(page, selector) {
  return page.locator(selector).evaluateAll((els) => els
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .map((e) => e.className));
}

for (const [size, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`${size}: packets on the timeline, socket buffers and bytes in flight`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, UNREAD);
    // The network band: the handshake toward the server, the data, its ACK-carried replies.
    const titles = await page.locator('.timeline .network .packet title').allTextContents();
    assert.ok(titles.some((t) => /^syn 0 B 127\.0\.0\.1:32768 → 127\.0\.0\.1:8888, 0\.000000–0\.010000 s$/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /^data 1460 B 127\.0\.0\.1:32768 → 127\.0\.0\.1:8888/.test(t)), titles.join(' | '));
    assert.match(await page.locator('.timeline-tools .legend').innerText(), /packet/);
    // 5 ms after sending: 3,000 bytes on the link, in the client's send buffer.
    await stepOfOutput(page, steps, /on the link/);
    const sockets = page.getByRole('table', { name: 'Open sockets' });
    const heads = await sockets.getByRole('columnheader').allInnerTexts();
    // A phone shows the buffers under the addresses instead of in a column of their own.
    assert.equal(heads.at(-1), size === 'desktop' ? 'buffers' : 'local → peer');
    const client = sockets.getByRole('row', { name: 'socket fd 7' });
    assert.match(await client.innerText(), /send 2\.9 KiB\W+receive 0\W+in flight 2\.9 KiB/);
    await page.locator('.panel-sockets').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}socket-buffers-${size}.png` });
    assert.deepEqual(await overflowing(page, '.panel-sockets'), []);
    // Later: arrived, waiting unread in the server's receive buffer.
    await stepOfOutput(page, steps, /arrived/);
    const server = sockets.getByRole('row', { name: 'socket fd 8' });
    assert.match(await server.innerText(), /send 0\W+receive 2\.9 KiB\W+in flight 0/);
    await page.locator('.panel-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}network-${size}.png` });
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test(`${size}: a task in readline() says what the reader holds`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, HALF_LINE);
    await stepOfOutput(page, steps, /partial/);
    const waiting = page.getByRole('button', { name: /waits for a line: reader buffer 3 B \(limit 64 KiB\), StreamReader #\d/ });
    assert.equal(await waiting.count(), 1);
    const reader = page.getByRole('group', { name: /^StreamReader #\d+$/ });
    assert.match(await reader.innerText(), /waits for a line/);
    await page.locator('.panel-tasks').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}stream-wait-${size}.png` });
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test(`${size}: a thread blocked in a socket call says so`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, BLOCKED_ACCEPT);
    await stepOfOutput(page, steps, /main slept/);
    const server = page.getByRole('list', { name: 'Threads' }).getByRole('group', { name: 'server' });
    assert.match(await server.innerText(), /its socket \(a blocking call or select\)/);
    await page.locator('.panel-threads').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}blocked-accept-${size}.png` });
    assert.deepEqual(await overflowing(page, '.panel-threads'), []);
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test(`${size}: threads by name, a thread pool's pending work and workers`, async () => {
    const { page, context, problems } = await openPage(shared.browser, shared.server.url, viewport);
    const steps = await run(page, POOL);
    await stepOfOutput(page, steps, /busy/);
    const threads = page.getByRole('list', { name: 'Threads' });
    for (const name of ['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1']) {
      assert.equal(await threads.getByRole('group', { name }).count(), 1, name);
    }
    const pool = page.getByRole('group', { name: /^ThreadPoolExecutor #\d+$/ });
    assert.match(await pool.innerText(), /1 pending \[work\(\)\] · ThreadPoolExecutor-0_0 runs work\(\) · ThreadPoolExecutor-0_1 runs work\(\)/);
    const labels = await page.locator('.timeline .lane-label.thread title').allTextContents();
    assert.deepEqual(labels, ['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1']);
    await page.locator('.panel-syncs').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}executor-${size}.png` });
    assert.deepEqual(await overflowing(page, '.panel-syncs, .panel-threads'), []);
    assert.deepEqual(problems(), []);
    await context.close();
  });
}

for (const slug of ['many-clients', 'bounded-executor']) {
  test(`gallery ${slug}: the timeline and panels at the middle of the run`, async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}#example/${slug}`, { width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.status[class*="stop-"]:not(.stale)').waitFor({ timeout: 120000 });
    const steps = Number((await page.locator('.position').innerText()).match(/\/ (\d+)/)[1]);
    await goTo(page, Math.floor(steps / 2));
    if (slug === 'many-clients') {
      // The timeline arrives after the run: wait for its network band.
      await page.locator('.timeline .network .packet').first().waitFor({ state: 'attached', timeout: 60000 });
      const sockets = page.getByRole('table', { name: 'Open sockets' });
      assert.ok(await sockets.getByRole('row').count() > 10, 'many sockets open');
    } else {
      assert.ok(await page.getByRole('group', { name: /^ThreadPoolExecutor #\d+$/ }).count() >= 1);
    }
    await page.locator('.panel-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}gallery-${slug}-desktop.png` });
    assert.deepEqual(problems(), []);
    await context.close();
  });
}
