# With nested timeouts, the one whose deadline passes converts the cancellation into
# TimeoutError; the other one lets it pass untouched. If the inner deadline is first, the
# outer block goes on normally after catching it.
# Notice which block reports expired() in each case.
import asyncio


async def main():
    try:
        async with asyncio.timeout(5) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner timed out at 1; inner", inner.expired(), "outer", outer.expired())
            await asyncio.sleep(1)
            print("outer block continues")
    except TimeoutError:
        print("not reached")
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("not reached either")
    except TimeoutError:
        print("outer timed out; inner", inner.expired(), inner, "outer", outer.expired())


asyncio.run(main())
