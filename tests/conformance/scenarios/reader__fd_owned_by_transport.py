# A file descriptor that belongs to a transport cannot get an add_reader() of its own:
# asyncio refuses with RuntimeError naming the fd and the transport's repr. A closed
# transport's repr says so and keeps only its fd.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    fd = writer.get_extra_info("socket").fileno()
    for add in (loop.add_reader, loop.add_writer):
        try:
            add(fd, print)
        except RuntimeError as e:
            print(add.__name__, "RuntimeError:", e)
    writer.close()
    await writer.wait_closed()
    print(writer.transport)
    server.close()

asyncio.run(main())
