# A simple rate limiter: at most `rate` calls per second, spaced evenly. A Lock makes the
# callers take turns reading and updating the time of the next free slot.
# Notice the requests start 0.5 s apart although all ten tasks start together.
import asyncio


class RateLimiter:
    def __init__(self, rate):
        self.interval = 1 / rate
        self.next_slot = 0.0
        self.lock = asyncio.Lock()

    async def wait(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if self.next_slot > now:
                await asyncio.sleep(self.next_slot - now)
                now = self.next_slot
            self.next_slot = now + self.interval


async def request(limiter, n):
    await limiter.wait()
    print(f"request {n} sent")
    await asyncio.sleep(1.2)
    print(f"  response {n} received")


async def main():
    limiter = RateLimiter(rate=2)
    await asyncio.gather(*(request(limiter, n) for n in range(6)))


asyncio.run(main())
