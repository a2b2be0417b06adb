# A StreamReader pauses its transport when more than 2 x limit bytes wait in its buffer,
# and resumes it when a read brings the buffer down to the limit. With limit=10, 100
# bytes arriving at once pause reading; reading 90 of them resumes it.
import asyncio

async def handle(reader, writer):
    writer.write(bytes(range(65, 65 + 50)) * 2)
    await asyncio.sleep(1)
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=10)
    await asyncio.sleep(0.5)
    print("buffered:", reader, "| reading:", writer.transport.is_reading())
    print(len(await reader.readexactly(40)), "read; reading:", writer.transport.is_reading())
    print(len(await reader.readexactly(50)), "read; reading:", writer.transport.is_reading())
    print(len(await reader.read()), "more until EOF at", asyncio.get_running_loop().time())
    writer.close()
    server.close()

asyncio.run(main())
