# A read with a deadline: wait_for(reader.readline(), 0.5) gives up at 0.5 s when the
# server is silent. The connection is still fine afterwards: the line that arrives at
# 1.2 s is read by the next readline(), which returns the moment the bytes arrive.
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(1.2)
    writer.write(b"late line\n")
    await writer.drain()
    await reader.read()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        await asyncio.wait_for(reader.readline(), 0.5)
    except asyncio.TimeoutError:
        print("timed out, buffer:", reader)
    line = await asyncio.wait_for(reader.readline(), 5)
    print("got", line)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
