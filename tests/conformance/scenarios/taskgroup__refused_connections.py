# Three clients in a TaskGroup, two of them pointed at ports where nobody listens. Each
# refusal fails its task; the first failure cancels the rest of the group, and the group
# raises an ExceptionGroup with every ConnectionRefusedError, which except* takes apart.
import asyncio

async def handle(reader, writer):
    writer.write(b"welcome\n")
    await writer.drain()
    writer.close()

async def fetch(name, port, delay):
    await asyncio.sleep(delay)
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        print(name, "refused")
        raise
    print(name, "got", await reader.readline())
    await asyncio.sleep(1)
    print(name, "done")  # never printed: cancelled by the group
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", port, 0))
            tg.create_task(fetch("b", 1, 0.1))
            tg.create_task(fetch("c", 2, 0.1))
    except* ConnectionRefusedError as eg:
        print(repr(eg))
        for e in eg.exceptions:
            print(" ", e)
    server.close()

asyncio.run(main())
