# The event loop and its handles can be referenced weakly, as instances of CPython's Python
# classes can: a per-loop WeakKeyDictionary is a common library pattern.
import asyncio
import weakref

_limiters = weakref.WeakKeyDictionary()


def limiter():
    loop = asyncio.get_running_loop()
    if loop not in _limiters:
        print("new limiter for this loop")
        _limiters[loop] = asyncio.Semaphore(2)
    return _limiters[loop]


async def job(i):
    async with limiter():
        await asyncio.sleep(0.1)
        return i


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.gather(*(job(i) for i in range(4))), len(_limiters))
    print(loop in _limiters, list(_limiters.keys()) == [loop])
    handle = loop.call_later(1, print)
    soon = loop.call_soon(print, "soon")
    refs = [weakref.ref(handle), weakref.ref(soon), weakref.ref(loop)]
    print([r() is o for r, o in zip(refs, (handle, soon, loop))])
    print(weakref.ref(loop) is refs[2])
    handle.cancel()
    await asyncio.sleep(0)


asyncio.run(main())
print(len(_limiters))
