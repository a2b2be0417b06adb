# In debug mode a coroutine remembers where it was created, so the "never awaited"
# warning also says "Coroutine created at" with the frames that led there: the innermost
# 10, asyncio's own (hidden) frames counted, so deep down <module> falls off.
# sys.set_coroutine_origin_tracking_depth does the same outside asyncio; once the loop
# stops, the old depth is back.
import asyncio
import sys


async def send_email(to):
    await asyncio.sleep(0.1)
    print("sent to", to)


async def notify(user):
    send_email(user)  # forgot await!


async def dispatch(user):
    await notify(user)


async def route(user):
    await dispatch(user)


async def handle(user):
    await route(user)


async def main():
    print("depth while running:", sys.get_coroutine_origin_tracking_depth())
    send_email("alice")
    await asyncio.sleep(0.2)
    await handle("bob")
    await asyncio.gather(handle("carol"))


asyncio.run(main(), debug=True)
print("depth after:", sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(1)
send_email("dave")
sys.set_coroutine_origin_tracking_depth(0)
send_email("erin")
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
