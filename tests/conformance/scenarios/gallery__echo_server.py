# An echo server and three clients on one event loop. start_server runs the handler as a new
# task for each connection; the handler reads a line and writes it back. On loopback the
# bytes are ready at the loop's next select, so each client hears its echo at the very moment
# it spoke, and the three conversations interleave by their start times alone.
import asyncio


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, start):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(start)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in ("hello", "bye"):
        writer.write(f"{word} from {name}\n".encode())
        reply = await reader.readline()
        print(f"{loop.time():.1f}  {name} hears {reply.decode().strip()!r}")
        await asyncio.sleep(0.5)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(client(port, "ann", 0.0), client(port, "bob", 0.2),
                             client(port, "cy", 0.4))
    print("server closed:", not server.is_serving())


asyncio.run(main())
