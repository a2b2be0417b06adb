# A Timeout can be entered once; reschedule() needs it entered; timeout() needs a running
# loop and __aenter__ a task.
import asyncio


async def main():
    cm = asyncio.timeout(None)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await cm.__aenter__()
    try:
        await cm.__aenter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await cm.__aexit__(None, None, None)
    print(cm, cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)
