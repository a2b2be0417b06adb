# loop.close() drops the callbacks still queued: a task created in the last step never runs,
# so it is destroyed pending and its coroutine warns it was never awaited, at the line of
# BaseEventLoop.close that clears the ready queue; a timer's arguments die at the next line,
# which clears the scheduled timers.
import asyncio


async def notify(user, depth):
    print("notifying", user)
    if depth:
        asyncio.create_task(notify(user + "!", depth - 1))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(60, print, notify("timer", 0))
    await asyncio.sleep(0.1)
    asyncio.create_task(notify("ann", 1))
    print("main done")


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("closing")
loop.close()
print("closed")
