# asyncio.timeout() returns a Timeout context manager; here its __aenter__/__aexit__ are
# called by hand to show what `async with` does: on expiry the task is cancelled and
# __aexit__ turns that CancelledError into TimeoutError.
import asyncio


async def main():
    cm = asyncio.timeout(0.5)
    print(cm)
    await cm.__aenter__()
    print(cm, cm.when())
    try:
        await asyncio.sleep(2)
    except asyncio.CancelledError as e:
        print("cancelled inside, expired:", cm.expired())
        try:
            await cm.__aexit__(type(e), e, None)
        except TimeoutError as t:
            print("TimeoutError from", type(t.__cause__).__name__, cm)


asyncio.run(main())
