# A server's life: serving, then close() while a client is still connected. close() stops
# the listener only: the open connection keeps working, wait_closed() returns at once
# (Python 3.11), new connections are refused, and serve_forever() on a closed server fails.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def handle(reader, writer):
    async for line in reader:
        writer.write(b"echo " + line)
        await writer.drain()
    print("handler: client left at", asyncio.get_running_loop().time())
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("serving:", server.is_serving(), "sockets:", len(server.sockets), server.get_loop() is loop)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"before close\n")
    print(await reader.readline())
    server.close()
    print("closed:", server.is_serving(), server.sockets, server)
    await server.wait_closed()
    print("wait_closed returned at", loop.time())
    await asyncio.sleep(1)
    writer.write(b"after close\n")
    print(await reader.readline())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("new client:", type(e).__name__)
    try:
        await server.serve_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    server.close()
    writer.close()
    await writer.wait_closed()
    await asyncio.sleep(0)

asyncio.run(main())
