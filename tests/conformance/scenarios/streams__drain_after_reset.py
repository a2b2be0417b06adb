# After the peer resets the connection (it closed with our line unread), the writer finds
# out at its next turn: connection_lost stores the ConnectionResetError in the reader, so
# drain() raises it, and so does wait_closed(). Writes after that are dropped silently.
import asyncio

async def handle(reader, writer):
    # Stop reading at once: the client's line stays unread in the kernel, so closing
    # makes Linux send an RST instead of a FIN.
    writer.transport.pause_reading()
    await asyncio.sleep(0.1)
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
