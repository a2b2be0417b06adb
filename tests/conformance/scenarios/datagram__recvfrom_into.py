# sock_recvfrom_into() receives a datagram into a buffer the program owns and returns the
# byte count with the sender's address; nbytes limits how much of the buffer it may fill
# (the rest of the datagram is lost). The plain socket method works the same way.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for s in (a, b):
        s.setblocking(False)
        s.bind(("127.0.0.1", 0))
    buf = bytearray(10)
    waiting = asyncio.create_task(loop.sock_recvfrom_into(b, buf))
    await asyncio.sleep(0)
    a.sendto(b"datagram", b.getsockname())
    n, addr = await waiting
    print(n, addr == a.getsockname(), buf)
    a.sendto(b"0123456789abc", b.getsockname())
    await asyncio.sleep(0)
    n, addr = await loop.sock_recvfrom_into(b, buf, 4)
    print(n, buf)
    a.sendto(b"xyz", b.getsockname())
    await asyncio.sleep(0)
    print(b.recvfrom_into(memoryview(buf)[6:])[0], buf)
    a.close()
    b.close()

asyncio.run(main())
