# asyncio.run(main, *, debug=None) in 3.11: 3.12's loop_factory= and a second positional
# argument are TypeErrors raised before the coroutine starts (close it to avoid the
# never-awaited warning); debug= is accepted.
import asyncio


async def main():
    return "ran"


for args, kwargs in [((), {"loop_factory": None}), ((True,), {}), ((), {"debug": False})]:
    coro = main()
    try:
        print(asyncio.run(coro, *args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
        coro.close()
try:
    asyncio.run()
except TypeError as e:
    print("TypeError:", e)
