# get_event_loop() outside a coroutine returns the thread's current loop, creating one
# the first time (CPython 3.11.7 prints no DeprecationWarning here). asyncio.run() leaves
# the thread with no current loop, so a later get_event_loop() raises RuntimeError until
# set_event_loop() installs one. Inside a coroutine it is always the running loop.
# Notice the two RuntimeError-free calls return the same loop object.
import asyncio


async def check():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


first = asyncio.get_event_loop()
print(first, first is asyncio.get_event_loop())
print("inside run_until_complete:", first.run_until_complete(check()))
print("inside asyncio.run:", asyncio.run(check()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = asyncio.new_event_loop()
asyncio.set_event_loop(fresh)
print("after set_event_loop:", asyncio.get_event_loop() is fresh, fresh is first)
try:
    asyncio.set_event_loop("not a loop")
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh.close()
first.close()
