# A reset: the server sets SO_LINGER to (on, 0 seconds) and closes, so the kernel sends
# an RST instead of a FIN. The client's pending readline() fails with
# ConnectionResetError, and the reader keeps the exception for later reads.
import asyncio
import socket
import struct

async def handle(reader, writer):
    await asyncio.sleep(0.5)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.close()
    print("server: closed with linger 0")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readline()
    except ConnectionResetError as e:
        print("client:", type(e).__name__, e)
    print("client: reader.exception():", repr(reader.exception()))
    try:
        await reader.read(10)
    except ConnectionResetError as e:
        print("client: again:", e)
    print("client: transport closing?", writer.is_closing())
    try:
        await writer.wait_closed()
    except ConnectionResetError as e:
        print("client: wait_closed:", e)
    server.close()

asyncio.run(main())
