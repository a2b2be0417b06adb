# aclose() raises GeneratorExit at the paused `yield`; `finally` blocks may await for
# cleanup. Yielding again while closing is an error: RuntimeError "async generator ignored
# GeneratorExit", and the generator stays paused at that second yield until closed again.
# Notice the cleanup takes virtual time, and when each "finally" line appears.
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
    try:
        yield "tick"
    except GeneratorExit:
        print("  stubborn: yields while closing")
        yield "tock"
    finally:
        print("  stubborn: finally")


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
    try:
        await bad.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("main returns; asyncio.run closes the generator again")


asyncio.run(main())
print("done")
