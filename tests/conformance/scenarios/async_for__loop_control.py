# `async for` with break, continue and else, tuple targets, nested loops, and errors: an
# exception from __anext__ (other than StopAsyncIteration) or from the body propagates with
# its traceback; StopAsyncIteration raised by __anext__ ends the loop quietly.
import asyncio


class Countdown:
    def __init__(self, n, fail_at=None):
        self.n, self.fail_at = n, fail_at

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0.1)
        if self.n == self.fail_at:
            raise ValueError(f"broke at {self.n}")
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n, self.n * self.n


async def main():
    async for i, sq in Countdown(5):
        if i == 3:
            continue
        if i == 1:
            break
        print("item", i, sq)
    else:
        print("not printed: the loop broke")
    async for i, _ in Countdown(2):
        async for j, _ in Countdown(2):
            print("pair", i, j)
    else:
        print("else after the outer loop")
    try:
        async for i, _ in Countdown(4, fail_at=2):
            print("before the failure", i)
    except ValueError as e:
        print("caught:", repr(e))
    try:
        async for i, _ in Countdown(3):
            print("body raises at", i)
            raise KeyError(i)
    except KeyError as e:
        print("caught from the body:", repr(e))
    async for i, _ in Countdown(3, fail_at=1):
        print("uncaught next", i)


asyncio.run(main())
