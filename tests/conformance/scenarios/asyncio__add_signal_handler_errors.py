# add_signal_handler's checks: coroutines refused, a non-int or unknown signal refused,
# SIGKILL cannot be caught, a closed loop refused, and a loop in another thread cannot install
# handlers (signals go to the main thread).
import asyncio
import signal
import threading


async def coro_handler():
    pass


async def main():
    loop = asyncio.get_running_loop()
    attempts = [
        (signal.SIGTERM, coro_handler),
        (signal.SIGTERM, coro_handler()),
        ("SIGTERM", print),
        (0, print),
        (99, print),
        (signal.SIGKILL, print),
        (signal.SIGSTOP, print),
    ]
    for sig, callback in attempts:
        try:
            loop.add_signal_handler(sig, callback)
        except (TypeError, ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(callback):
            callback.close()
    for sig in ("x", 0, signal.SIGUSR1):
        try:
            print(loop.remove_signal_handler(sig))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(loop._signal_handlers)


asyncio.run(main())

closed = asyncio.new_event_loop()
closed.close()
try:
    closed.add_signal_handler(signal.SIGTERM, print)
except RuntimeError as e:
    print("closed:", e)


def in_thread():
    async def register():
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, print)
        except RuntimeError as e:
            print("thread:", e)
    asyncio.run(register())


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(signal.getsignal(signal.SIGTERM))
