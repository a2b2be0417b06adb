# loop.add_signal_handler for a graceful shutdown: the handlers are registered (the process's
# handler becomes asyncio's no-op that wakes the loop), remove_signal_handler restores the
# default, and closing the loop removes the rest. The server stops on its own after a while
# here, since no one sends the signal.
import asyncio
import signal


async def serve(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.5)
        ticks += 1
        print("tick", ticks)
        if ticks == 3:
            stop.set()
    return ticks


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(sig, stop.set)
    print(signal.getsignal(signal.SIGTERM).__name__, signal.getsignal(signal.SIGINT).__name__)
    print(sorted(loop._signal_handlers))
    print(loop.remove_signal_handler(signal.SIGHUP), loop.remove_signal_handler(signal.SIGHUP))
    print(signal.getsignal(signal.SIGHUP))
    print(await serve(stop))
    print(loop.remove_signal_handler(signal.SIGTERM), signal.getsignal(signal.SIGTERM))


asyncio.run(main())
print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))

loop = asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGUSR2, print, "usr2")
print(signal.getsignal(signal.SIGUSR2).__name__)
loop.close()
print(signal.getsignal(signal.SIGUSR2))
