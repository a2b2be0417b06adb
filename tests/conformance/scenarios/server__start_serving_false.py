# start_server(..., start_serving=False) binds the socket but does not listen() yet, so
# a connection attempt is refused. start_serving() starts listening and accepting;
# is_serving() tells which state the server is in.
import asyncio

async def handle(reader, writer):
    writer.write(b"served\n")
    writer.close()

async def try_connect(port):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        return "refused"
    line = await reader.readline()
    writer.close()
    return line

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, start_serving=False)
    port = server.sockets[0].getsockname()[1]
    print(server.is_serving(), await try_connect(port))
    await server.start_serving()
    print(server.is_serving(), await try_connect(port))
    server.close()
    print(server.is_serving(), await try_connect(port))

asyncio.run(main())
