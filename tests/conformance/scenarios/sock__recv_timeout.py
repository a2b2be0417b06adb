# wait_for() around loop.sock_recv(): when it times out, the receive is cancelled and the
# socket's reader is removed, so the bytes that arrive later stay in the kernel until
# the next sock_recv() picks them up.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_recv(a, 100), 0.5)
    except asyncio.TimeoutError:
        print("timed out at", loop.time())
    loop.call_later(0.3, b.send, b"late bytes")
    await asyncio.sleep(1)
    print("sleeping done at", loop.time())
    print("got", await loop.sock_recv(a, 100), "at", loop.time())
    a.close()
    b.close()

asyncio.run(main())
