# `nonlocal` rebinds a variable of the nearest enclosing function, also across several
# levels and inside coroutines; `global` rebinds a module variable from any depth. A name
# assigned in a function is local there, so reading it first is an UnboundLocalError.
import asyncio

total = 0


def outer():
    count = 0

    def middle():
        def inner():
            nonlocal count
            global total
            count += 1
            total += 10

        inner()
        inner()
        return count

    return middle(), count


print(outer(), total)


async def main():
    ticks = 0

    async def tick(name):
        nonlocal ticks
        await asyncio.sleep(0.5)
        ticks += 1
        print(f"  {name} saw ticks={ticks}")

    await asyncio.gather(tick("a"), tick("b"), tick("c"))
    print("ticks:", ticks)


asyncio.run(main())


def broken():
    print(total)
    total = 5


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
