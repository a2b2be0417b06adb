# Server.wait_closed() in Python 3.11: after close() it returns at once, even though a
# connection is still being handled (3.12 changed this). Called *before* close(), it
# waits for close() and then for the last connection to end.
import asyncio

async def handle(reader, writer):
    await reader.read()
    print("handler: client finished at", asyncio.get_running_loop().time())
    writer.close()

async def connect(server, eof_at):
    loop = asyncio.get_running_loop()
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    loop.call_later(eof_at, writer.write_eof)
    return writer

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    w1 = await connect(server, 1)
    server.close()
    await server.wait_closed()
    print("close then wait_closed: returned at", loop.time())
    await asyncio.sleep(1.5)
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    w2 = await connect(server, 2)
    loop.call_later(0.5, server.close)
    await server.wait_closed()
    print("wait_closed then close: returned at", loop.time())
    w1.close()
    w2.close()

asyncio.run(main())
