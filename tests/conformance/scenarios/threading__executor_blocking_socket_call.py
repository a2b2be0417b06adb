# A blocking socket method handed to a worker thread as it is (`run_in_executor(None,
# sock.recv, n)`, `to_thread(sock.recv, n)`, `fn(*args)` in a thread): the worker blocks in
# recv while the loop goes on, and gets the data sent later. The argument iterator of the
# third call is read once, though recv waits and runs again underneath.
import asyncio
import socket
import threading


def call_with(fn, args):
    return fn(*args)


async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    first = loop.run_in_executor(None, a.recv, 100)
    second = asyncio.create_task(asyncio.to_thread(a.recv, 100))
    got = []
    reads = (n for n in [100])
    thread = threading.Thread(target=lambda: got.append(call_with(a.recv, reads)))
    thread.start()
    await asyncio.sleep(0.1)
    print("all three waiting:", first.done(), second.done(), got)
    for chunk in (b"one", b"two", b"three"):
        b.send(chunk)
        await asyncio.sleep(0.1)
    results = await asyncio.gather(first, second)
    thread.join()
    print(sorted(results + got))
    a.close()
    b.close()


asyncio.run(main())
