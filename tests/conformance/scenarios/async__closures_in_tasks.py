# Closures created in a loop and run later as tasks see the loop variable's final value,
# unless it is frozen with a default argument or passed as an argument. Notice the two
# different outputs and that all tasks finish at the same virtual time.
import asyncio


async def main():
    late = []
    for i in range(3):
        async def show():
            await asyncio.sleep(0.1)
            late.append(i)
        asyncio.create_task(show())
    frozen = []
    for i in range(3):
        async def show_frozen(i=i):
            await asyncio.sleep(0.1)
            frozen.append(i)
        asyncio.create_task(show_frozen())
    counter = 0

    async def bump(step):
        nonlocal counter
        await asyncio.sleep(step / 10)
        counter += step
        print(f"bump {step} -> {counter}")

    await asyncio.gather(*(bump(s) for s in (3, 1, 2)))
    await asyncio.sleep(0.1)
    print("late:", late, "frozen:", frozen, "counter:", counter)
    make = lambda n: (lambda: n * 10)
    print([f() for f in [make(k) for k in range(3)]])


asyncio.run(main())
