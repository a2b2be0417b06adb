# Three connections in a TaskGroup, one (0.1 s later) to a port where nobody listens. The
# refusal fails its task, the group cancels the two others (still waiting for their
# replies) and raises an ExceptionGroup holding only the ConnectionRefusedError.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(1)
    writer.write(b"late reply\n")
    writer.close()

async def fetch(name, port, delay=0):
    await asyncio.sleep(delay)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        print(name, "connected")
        return await reader.readline()
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", port))
            tg.create_task(fetch("b", port))
            tg.create_task(fetch("refused", 1, 0.1))
    except* ConnectionRefusedError as group:
        for e in group.exceptions:
            print("group:", repr(e))
    print("at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    server.close()
    await server.wait_closed()

asyncio.run(main())
