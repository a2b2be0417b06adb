# A loop whose sockets are ready does not let ready worker threads run first: its select
# returns the sockets at once. Here the shutdown's select finds the closed connection ready,
# so the pending to_thread job is cancelled before the idle worker could take it, and
# blocking() never prints its second line.
import asyncio
import threading
import time


def blocking(delay, value):
    time.sleep(delay)
    print("blocking", value, threading.current_thread().name)
    return value


async def echo(reader, writer):
    await reader.read()
    writer.close()


async def late():
    print("late", await asyncio.to_thread(blocking, 0, 2))


async def main():
    print("first", await asyncio.to_thread(blocking, 1.5, 1))
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()
    server.close()
    asyncio.create_task(late())


asyncio.run(main())
