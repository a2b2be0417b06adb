# main catches the exception of t1; that exception's traceback keeps main's frame, and so
# main's locals, alive after main returns (t1 holds the exception, main's frame holds t1).
# So t2, which failed unseen, is freed and reported only at interpreter shutdown.
# Notice "Task exception was never retrieved" comes after "asyncio.run returned".
import asyncio
import sys


class Boom(Exception):
    pass


async def fail(name):
    raise Boom(name)


async def main():
    t1 = asyncio.create_task(fail("awaited"))
    t2 = asyncio.create_task(fail("never awaited"))
    try:
        await t1
    except Boom as e:
        print("main caught", repr(e))


asyncio.run(main())
print("asyncio.run returned", file=sys.stderr)
