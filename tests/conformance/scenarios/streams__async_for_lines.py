# A StreamReader is an async iterator over lines: `async for line in reader` calls
# readline() until it returns b''. A last line without a newline is still yielded.
import asyncio

async def handle(reader, writer):
    for i in range(3):
        writer.write(b"line %d\n" % i)
        await asyncio.sleep(0.1)
    writer.write(b"no newline at the end")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    async for line in reader:
        print(line)
    print("after the loop:", await reader.readline(), reader.at_eof())
    writer.close()
    server.close()

asyncio.run(main())
