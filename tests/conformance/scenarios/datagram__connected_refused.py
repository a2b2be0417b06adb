# A connected UDP socket that sends to a port nobody listens on learns it from the ICMP
# "port unreachable" that comes back: its next receive fails with ConnectionRefusedError.
# An unconnected socket sending to the same port never hears of it.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setblocking(False)
    s.connect(("127.0.0.1", 1))
    print("sent", await loop.sock_sendto(s, b"hello?", ("127.0.0.1", 1)))
    try:
        await asyncio.wait_for(loop.sock_recv(s, 100), 1)
    except ConnectionRefusedError as e:
        print(repr(e), "at", loop.time())
    s.close()
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.setblocking(False)
    u.sendto(b"hello?", ("127.0.0.1", 1))
    try:
        await asyncio.wait_for(loop.sock_recvfrom(u, 100), 0.5)
    except TimeoutError:
        print("unconnected: no answer, timed out at", loop.time())
    u.close()

asyncio.run(main())
