# A server started without a host (asyncio.start_server(handle, port=0)) listens on every
# address getaddrinfo(None, port, AI_PASSIVE) gives: 0.0.0.0 and ::, one socket per family,
# each bound to port 0 and so on a port of its own.
# xfail: the simulated network has no IPv6 (no AF_INET6 sockets, getaddrinfo answers IPv4 only)
import asyncio
import socket

async def handle(reader, writer):
    writer.close()

async def main():
    infos = socket.getaddrinfo(None, 80, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    print([(family.name, addr) for family, _, _, _, addr in infos])
    server = await asyncio.start_server(handle, port=0)
    print(len(server.sockets), sorted(s.family.name for s in server.sockets))
    print(sorted(s.getsockname()[0] for s in server.sockets))
    server.close()
    await server.wait_closed()

asyncio.run(main())
