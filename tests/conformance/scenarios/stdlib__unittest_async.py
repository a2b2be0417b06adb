import unittest, asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")
events = []

class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.queue = asyncio.Queue()
        var.set("set in asyncSetUp")
        events.append("asyncSetUp")

    def setUp(self):
        events.append("setUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_queue(self):
        await self.queue.put(1)
        self.assertEqual(await self.queue.get(), 1)
        self.assertEqual(var.get(), "set in asyncSetUp")
        loop = asyncio.get_running_loop()
        print("debug:", loop.get_debug())

    async def test_sleep_and_fail(self):
        async def cleanup(tag):
            events.append("async cleanup " + tag)
        self.addAsyncCleanup(cleanup, "x")
        await asyncio.sleep(1.5)
        self.assertEqual(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2)), [1, 3])

    async def test_timeout(self):
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), 0.5)

    def test_sync(self):
        self.assertEqual(var.get(), "set in asyncSetUp")

    async def test_error(self):
        await asyncio.sleep(0.1)
        raise RuntimeError("async boom")

runner = unittest.TextTestRunner(verbosity=2)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(AsyncTests))
print(result)
print(events)
print(result.wasSuccessful(), len(result.failures), len(result.errors))
