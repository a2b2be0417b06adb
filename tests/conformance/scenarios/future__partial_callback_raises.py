# A done callback that raises does not stop the loop: the loop's exception handler logs
# "Exception in callback" with the callback and its arguments. A functools.partial shows
# its own arguments first, then the ones the loop passes (the future, for a done callback).
import asyncio, functools

def on_done(name, fut):
    raise RuntimeError(name)

def plain(fut):
    raise RuntimeError("plain")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(plain)
    fut.add_done_callback(functools.partial(on_done, "x"))
    fut.set_result(1)
    loop.call_soon(functools.partial(on_done, "y"), 5)
    loop.call_soon(functools.partial(on_done, "z", fut))
    await asyncio.sleep(0)
    await asyncio.sleep(0)

asyncio.run(main())
