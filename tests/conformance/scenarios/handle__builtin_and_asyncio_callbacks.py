# A handle's repr names its callback as CPython's format_helpers does: a method read from
# a built-in type by its qualname (str.upper, list.append), and asyncio's functions, which
# are Python code in CPython, with where they are defined. The same text heads an
# "Exception in callback" report.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    words = []
    handles = [
        loop.call_soon(str.upper, "abc"),
        loop.call_soon(words.append, "x"),
        loop.call_later(1.5, dict.fromkeys, "ab"),
        loop.call_soon(asyncio.isfuture, words),
        loop.call_later(5, asyncio.ensure_future, None),
        loop.call_soon(asyncio.iscoroutinefunction, print),
    ]
    for h in handles:
        print(h)
    handles[4].cancel()
    print(handles[4])
    loop.call_soon(asyncio.create_task, 5)
    await asyncio.sleep(2)
    print(words)


asyncio.run(main())
