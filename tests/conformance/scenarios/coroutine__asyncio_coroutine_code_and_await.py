# asyncio.sleep()'s and wait_for()'s coroutines have the code of CPython's Python coroutines
# (cr_code) and show what they await (cr_await: the future's iterator while sleeping).
import asyncio


async def main():
    c = asyncio.sleep(0)
    print(c.cr_code.co_name, c.cr_code.co_filename.rsplit("/", 1)[-1], c.cr_await)
    c.close()
    w = asyncio.wait_for(asyncio.sleep(1), 2)
    print(w.cr_code.co_name, w.cr_await, w.cr_running)
    w.close()
    s = asyncio.sleep(5)
    t = asyncio.ensure_future(s)
    await asyncio.sleep(0)
    print(s.cr_code.co_name, type(s.cr_await).__name__, s.cr_running)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", s.cr_await)


asyncio.run(main())
