# A task running asyncio.wait_for that times out, and whose exception nobody retrieves, is
# reported when it is freed at the end of the run. Its coroutine is finished by then.
# Notice the report says `wait_for() done, defined at ...`, as for a finished coroutine of
# the program's own.
import asyncio


async def main():
    asyncio.create_task(asyncio.wait_for(asyncio.sleep(3), 1))
    asyncio.create_task(asyncio.sleep(0.1, "unused"))
    await asyncio.sleep(2)
    print("end of main")


asyncio.run(main())
