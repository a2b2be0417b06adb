# sock_sendall() with more than the kernel can buffer: it sends what fits, then waits for
# the socket to become writable again, until every byte is gone. The receiver reads in a
# loop with sock_recv_into() into a reused buffer; only the total is printed.
import asyncio
import socket

async def drain(sock, out):
    loop = asyncio.get_running_loop()
    buf = bytearray(32768)
    total = 0
    await asyncio.sleep(1)
    while n := await loop.sock_recv_into(sock, buf):
        total += n
    out.append(total)

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    out = []
    task = asyncio.create_task(drain(b, out))
    await loop.sock_sendall(a, b"s" * 3_000_000)
    print("sock_sendall returned at", loop.time())
    a.close()
    await task
    print("received", out[0], "bytes at", loop.time())
    b.close()

asyncio.run(main())
