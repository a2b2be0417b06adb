# Closing a socket that still has unread bytes in the kernel makes Linux send an RST, not
# a FIN. The server stops reading (pause_reading) after the first line and closes at 0.5 s
# with the client's second line unread; the client's read fails with ConnectionResetError.
import asyncio

async def handle(reader, writer):
    print("server: got", await reader.readline())
    writer.transport.pause_reading()
    await asyncio.sleep(0.5)
    writer.close()
    print("server: closed, one line unread")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"line one\n")
    await asyncio.sleep(0.2)
    writer.write(b"line two\n")
    try:
        print("client: reply", await reader.read(100))
    except ConnectionResetError as e:
        print("client:", repr(e))
    writer.write(b"more")
    try:
        await writer.drain()
    except ConnectionResetError as e:
        print("client: drain:", repr(e))
    server.close()

asyncio.run(main())
