# A sock_recv() that times out under wait_for() is cancelled: its reader is removed from
# the selector (remove_reader then finds nothing), and the bytes that arrive later wait in
# the kernel for the next sock_recv().
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 100), 0.2)
    except TimeoutError:
        print("timed out at", loop.time())
    print("reader left:", loop.remove_reader(a))
    b.send(b"late data")
    await asyncio.sleep(0.1)
    print("got", await loop.sock_recv(a, 100), "at", loop.time())
    task = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled; reader left:", loop.remove_reader(a))
    b.send(b"after cancel")
    print("got", await loop.sock_recv(a, 100))
    a.close()
    b.close()

asyncio.run(main())
