# warn() inside coroutines run as tasks: stacklevel=1 is the coroutine's line; a helper's
# stacklevel=2 points at the coroutine that called it. Registries are per module, so each
# line warns once however many tasks run it.
import asyncio
import warnings


def legacy(name):
    warnings.warn(f"legacy() called by {name}", stacklevel=2)


async def worker(name, delay):
    await asyncio.sleep(delay)
    legacy(name)
    warnings.warn(f"{name} finished")
    return name


async def main():
    names = await asyncio.gather(worker("a", 0.2), worker("b", 0.1), worker("c", 0.3))
    print(names)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        await asyncio.gather(worker("d", 0.1), worker("e", 0.1))
    print([(str(w.message), w.lineno) for w in log])


asyncio.run(main())
