# An async generator that catches GeneratorExit and keeps yielding cannot be closed:
# aclose() raises RuntimeError, asyncio.run()'s shutdown_asyncgens() tries again and logs the
# failure, and the interpreter's last attempt at exit is "Exception ignored in".
# Notice the three reports on stderr and their order.
# xfail: an uncaught exception's traceback keeping its frames (and their async generators) alive until exit
import asyncio


async def polite():
    try:
        yield "a"
        yield "b"
    finally:
        print("  polite: cleaning up")
        await asyncio.sleep(1)
        print("  polite: clean")


async def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("  stubborn: refusing to stop")


async def main():
    gen = polite()
    print("first:", await gen.__anext__())
    await gen.aclose()
    print("closed polite")
    await gen.aclose()
    print("aclose again is harmless")
    unstarted = polite()
    await unstarted.aclose()
    print("closing an unstarted generator runs nothing")
    bad = stubborn()
    print("first:", await bad.__anext__())
    await bad.aclose()


asyncio.run(main())
