# Three ways to say "run this next": call_soon() joins the ready queue now,
# call_later(0) becomes a timer that is moved to the ready queue on the next loop turn,
# and `await asyncio.sleep(0)` puts the current task back at the end of the ready queue.
# Notice the resulting order, which follows how each one enters the ready queue.
import asyncio


def note(label):
    print("callback:", label)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, note, "call_later(0) #1")
    loop.call_soon(note, "call_soon #1")
    loop.call_later(0, note, "call_later(0) #2")
    loop.call_soon(note, "call_soon #2")
    print("main: before sleep(0)")
    await asyncio.sleep(0)
    print("main: after first sleep(0)")
    await asyncio.sleep(0)
    print("main: after second sleep(0)")


asyncio.run(main())
