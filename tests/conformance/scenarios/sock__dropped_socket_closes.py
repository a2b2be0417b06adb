# A socket object dropped without close() is closed when it dies, as CPython's finalizer
# does: the peer reads b'' (end of stream) and its fd number is free for the next socket.
# Rebinding a name makes the new socket before the old one dies, so the numbers alternate.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    print(a.fileno(), b.fileno())
    a.setblocking(False)
    del b
    print(await loop.sock_recv(a, 10))
    c = socket.socket()
    print(c.fileno())
    for i in range(3):
        s = socket.socket()
        print("loop socket", s.fileno())

asyncio.run(main())
