# Two ways a connection fails. Nobody listens on port 1, so open_connection raises
# ConnectionRefusedError with asyncio's "Connect call failed" text. The server accepts, then
# closes with SO_LINGER set to zero seconds: the kernel sends a reset instead of a goodbye,
# and the client's pending readline() fails with ConnectionResetError.
import asyncio
import socket

LINGER_ZERO = (1).to_bytes(4, "little") + (0).to_bytes(4, "little")  # struct linger {on, 0 s}


async def rude(reader, writer):
    await asyncio.sleep(0.2)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_ZERO)
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print(f"{loop.time():.1f}  refused:", type(e).__name__, e)
    server = await asyncio.start_server(rude, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await reader.readline()
    except ConnectionResetError as e:
        print(f"{loop.time():.1f}  reset:", type(e).__name__, e)
    writer.close()
    try:
        await writer.wait_closed()
    except ConnectionResetError:
        print("wait_closed() reports the reset too")
    server.close()
    await server.wait_closed()


asyncio.run(main())
