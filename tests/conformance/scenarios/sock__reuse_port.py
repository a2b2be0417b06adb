# SO_REUSEPORT: sockets that all set it may bind (and listen on) the same address and port,
# TCP or UDP; a socket without it, or one with it when a holder lacks it, gets EADDRINUSE.
# asyncio.start_server(reuse_port=True) twice on one port serves connections (which of the
# two accepts one is not shown: Linux picks by a hash).
import asyncio
import socket

def bound(kind, port, reuse_port):
    s = socket.socket(socket.AF_INET, kind)
    if reuse_port:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        s.bind(("127.0.0.1", port))
    except OSError as e:
        print("bind", kind.name, "reuse_port" if reuse_port else "plain", "->", repr(e))
        s.close()
        return None
    return s

first = bound(socket.SOCK_STREAM, 0, True)
port = first.getsockname()[1]
second = bound(socket.SOCK_STREAM, port, True)
print(second.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT), second.getsockname()[1] == port)
first.listen()
second.listen()
print(bound(socket.SOCK_STREAM, port, False))

plain = bound(socket.SOCK_STREAM, 0, False)
print(bound(socket.SOCK_STREAM, plain.getsockname()[1], True))

udp = bound(socket.SOCK_DGRAM, 0, True)
udp2 = bound(socket.SOCK_DGRAM, udp.getsockname()[1], True)
print(udp2 is not None)
for s in (first, second, plain, udp, udp2):
    s.close()

async def handle(reader, writer):
    writer.write(b"served " + await reader.read(10))
    writer.close()

async def main():
    s1 = await asyncio.start_server(handle, "127.0.0.1", 0, reuse_port=True)
    shared = s1.sockets[0].getsockname()[1]
    s2 = await asyncio.start_server(handle, "127.0.0.1", shared, reuse_port=True)
    print(s2.sockets[0].getsockname()[1] == shared)
    for i in range(3):
        reader, writer = await asyncio.open_connection("127.0.0.1", shared)
        writer.write(b"%d" % i)
        print(await reader.read())
        writer.close()
    try:
        await asyncio.start_server(handle, "127.0.0.1", shared)
    except OSError as e:
        print(e.errno)
    for s in (s1, s2):
        s.close()
        await s.wait_closed()

asyncio.run(main())
