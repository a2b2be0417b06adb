# Streams need not be TCP: open_connection(sock=...) wraps any connected socket, here
# both ends of a socketpair() (a Unix socket, so there are no addresses at all). Notice
# the file descriptors in the transports' reprs.
import asyncio
import socket

async def main():
    a, b = socket.socketpair()
    r1, w1 = await asyncio.open_connection(sock=a)
    r2, w2 = await asyncio.open_connection(sock=b)
    print(w1.transport)
    print(w2.transport)
    print("peername:", repr(w1.get_extra_info("peername")))
    w1.write(b"ping\n")
    print("b got", await r2.readline())
    w2.write(b"pong\n")
    w2.write_eof()
    print("a got", await r1.read())
    w1.close()
    w2.close()
    await w1.wait_closed()
    await w2.wait_closed()
    print(w1.transport)

asyncio.run(main())
