# Old-style scripts that leave tasks pending when the program ends.
import asyncio


def handler(loop, context):
    print("handler:", sorted(context), context["message"], context["task"].get_name())


async def forever(n):
    try:
        await asyncio.sleep(100)
    finally:
        print("forever", n, "finally")


async def main(n):
    asyncio.get_running_loop().create_task(forever(n), name=f"left-{n}")
    await asyncio.sleep(0.1)

# A closed loop with the program's handler: its task is reported to the handler.
closed = asyncio.new_event_loop()
closed.set_exception_handler(handler)
closed.run_until_complete(main(1))
closed.close()

# A loop a global keeps, never closed: the task dies with it, reported while still running.
kept = asyncio.new_event_loop()
kept.run_until_complete(main(2))

# The policy's loop (set_event_loop), never closed: nothing is reported.
policy_loop = asyncio.new_event_loop()
asyncio.set_event_loop(policy_loop)
policy_loop.run_until_complete(main(3))
print("end")
