# `async with` in loops and functions: `return`, `break` and `continue` leaving the block
# await __aexit__(None, None, None) first; the value of __aenter__ is the `as` target, and a
# tuple target unpacks it. Two tasks share the event loop while each waits in __aexit__.
# Notice the virtual times and the order of the lines.
import asyncio


class Slot:
    def __init__(self, name, delay):
        self.name, self.delay = name, delay

    async def __aenter__(self):
        await asyncio.sleep(self.delay)
        print(f"{asyncio.get_running_loop().time():.1f} enter {self.name}")
        return self.name, self.delay

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(self.delay)
        print(f"{asyncio.get_running_loop().time():.1f} exit {self.name} {t}")


async def first_fast(names):
    for i, name in enumerate(names):
        async with Slot(name, 0.5) as (label, delay):
            if i == 0:
                continue
            if name.startswith("x"):
                return f"{label} after {delay}"
            print("  body", label)
    return "none"


async def breaker():
    while True:
        async with Slot("loop", 1):
            break
    return "broke out"


async def main():
    results = await asyncio.gather(first_fast(["a", "b", "xc", "d"]), breaker())
    print(results)


asyncio.run(main())
