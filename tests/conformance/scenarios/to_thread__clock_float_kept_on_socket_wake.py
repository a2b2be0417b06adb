# With a worker thread waiting, a socket that is ready at once wakes the loop without moving
# its clock: 0.7 + 0.1 stays 0.7999999999999999 (not rounded up to whole nanoseconds), as the
# clock and the deadline of a timer scheduled after it show.
import asyncio
import time


def idle():
    time.sleep(5)


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    worker = asyncio.create_task(asyncio.to_thread(idle))
    await asyncio.sleep(0.7)
    await asyncio.sleep(0.1)
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    print(await reader.readline(), repr(loop.time()))
    print(loop.call_later(0.3, print, "timer"))
    await asyncio.sleep(0.4)
    writer.close()
    server.close()
    await worker
    print("done", repr(loop.time()))


asyncio.run(main())
