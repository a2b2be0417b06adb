# A callback raises SystemExit while main still holds an unfinished gather: asyncio.run
# cancels everything and the SystemExit leaves the program. The gather's "never retrieved"
# log comes when the SystemExit is freed (its traceback keeps the main task, and so main's
# frame, alive), so its context's traceback already reaches <module>.
import asyncio

def halt(code):
    raise SystemExit(code)

class Guard:
    def __init__(self, name, delay, swallow):
        self.name = name
        self.delay = delay
        self.swallow = swallow
    async def __aenter__(self):
        await asyncio.sleep(self.delay)
        print("enter", self.name)
        return self.name
    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None)
        await asyncio.sleep(self.delay)
        return self.swallow

async def w1():
    pass

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, halt, 4)
    g9 = asyncio.gather(asyncio.sleep(1.5, result=(3,)), w1(), asyncio.sleep(1.5, result=(3,)))
    async with Guard("main.3", 0.5, False) as g10:
        pass

asyncio.run(main())
