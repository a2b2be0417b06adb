# Awaiting a failed task raises its exception with the traceback saved when it failed, and
# that saved traceback is handed out once: the second await raises the same exception with
# a fresh traceback. Notice the uncaught error at the end shows main's frames but not w4's.
import asyncio


class Oops(ValueError):
    pass


async def w4():
    raise Oops("w4 failed")


async def main():
    t4 = asyncio.create_task(w4())
    try:
        await t4
    except Oops as e:
        print("first await:", repr(e))
    print("second await:", await t4)


asyncio.run(main())
