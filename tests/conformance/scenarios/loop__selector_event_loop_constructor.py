# Older tutorials make their loop with asyncio.SelectorEventLoop().
import asyncio
import selectors

loop = asyncio.SelectorEventLoop()
asyncio.set_event_loop(loop)
print(type(loop).__name__, loop.is_closed(), loop.is_running())
print(loop.run_until_complete(asyncio.sleep(1, "slept")))
loop.close()
other = asyncio.SelectorEventLoop(selectors.DefaultSelector())
print(other.run_until_complete(asyncio.sleep(0.5, "again")))
other.close()
print(isinstance(other, asyncio.AbstractEventLoop), isinstance(other, asyncio.BaseEventLoop))
