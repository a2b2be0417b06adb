# After the peer resets the connection, the writer finds out at its next turn: the
# transport's connection_lost stores the ConnectionResetError in the reader, so drain()
# raises it, and so does wait_closed(). Writes after that are dropped silently.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio
import socket
import struct

async def handle(reader, writer):
    await reader.readline()
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await asyncio.sleep(0.5)
    print("closing?", writer.is_closing(), "reader:", repr(reader.exception()))
    for attempt in range(2):
        writer.write(b"more\n")
        try:
            await writer.drain()
            print("drain returned")
        except ConnectionResetError as e:
            print("drain:", repr(e))
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print("wait_closed:", repr(e))
    server.close()
    await server.wait_closed()

asyncio.run(main())
