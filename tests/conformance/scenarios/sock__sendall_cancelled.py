# sock_sendall() of more than the kernel buffers hold waits for the peer to read; when
# wait_for() gives up, the task is cancelled and its writer is removed from the selector
# (remove_writer then finds nothing). The peer still gets what the kernel accepted.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    try:
        await asyncio.wait_for(loop.sock_sendall(a, b"x" * 16_000_000), 0.25)
    except TimeoutError:
        print("timed out at", loop.time())
    print("writer left:", loop.remove_writer(a))
    received = 0
    while True:
        try:
            chunk = b.recv(1 << 20)
        except BlockingIOError:
            break
        received += len(chunk)
    print("peer got something:", 0 < received < 16_000_000)
    a.close()
    b.close()

asyncio.run(main())
