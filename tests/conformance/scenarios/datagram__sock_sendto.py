# Python 3.11 added loop.sock_sendto() and loop.sock_recvfrom() for non-blocking UDP
# sockets. The receiver waits on sock_recvfrom(); each datagram is returned whole (a
# smaller bufsize truncates it), with the sender's address.
import asyncio
import socket

async def receiver(sock):
    loop = asyncio.get_running_loop()
    for size in (100, 100, 4):
        data, addr = await loop.sock_recvfrom(sock, size)
        print("recvfrom", data, addr[0], "at", loop.time())

async def main():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.setblocking(False)
        s.bind(("127.0.0.1", 0))
    task = asyncio.create_task(receiver(b))
    await asyncio.sleep(0.5)
    print("sent", await loop.sock_sendto(a, b"first", b.getsockname()))
    await loop.sock_sendto(a, b"second", b.getsockname())
    await asyncio.sleep(0.5)
    await loop.sock_sendto(a, b"truncated datagram", b.getsockname())
    await task
    a.close()
    b.close()

asyncio.run(main())
