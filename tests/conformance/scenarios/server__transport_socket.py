# Server.sockets and get_extra_info("socket") hand out TransportSockets: views of the real
# sockets that answer questions (family, type, addresses, options) but refuse what would
# upset the transport, such as making the socket blocking or giving it a timeout.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio
import socket

async def handle(reader, writer):
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    sock = server.sockets[0]
    print(type(sock).__name__, sock.family, sock.type, sock.proto, sock.fileno())
    print(sock.getsockname()[0], sock.gettimeout())
    print("reuseaddr:", sock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
    sock.setblocking(False)
    sock.settimeout(0)
    for call in (lambda: sock.setblocking(True), lambda: sock.settimeout(1)):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    port = sock.getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    peer = writer.get_extra_info("socket")
    print(peer.getpeername()[0], peer.fileno(), writer.get_extra_info("socket") is peer)
    print("nodelay:", peer.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
    writer.close()
    server.close()
    print(server.sockets)

asyncio.run(main())
