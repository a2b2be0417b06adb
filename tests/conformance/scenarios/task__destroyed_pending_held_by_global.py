# Tasks left pending on a closed loop are freed at exit: those only cycles hold first (their
# coroutine closed before the report, so it shows "done"), then those a module global held,
# once the globals are cleared (the task reports first, its coroutine still "running").
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(5)
    finally:
        print(name, "finally")

async def inner():
    await asyncio.sleep(5)

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

loop = asyncio.new_event_loop()
held = loop.create_task(sleeper("held"))
tasks = [loop.create_task(outer())]
loop.create_task(sleeper("unreferenced"))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
print("exit")
