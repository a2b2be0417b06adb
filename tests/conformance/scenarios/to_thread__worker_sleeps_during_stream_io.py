# A worker thread sleeps for a second while the loop exchanges lines over a socket every
# 0.25 s: each line wakes the loop on time (the network, not the worker's deadline, ends
# the loop's wait), and the worker's result arrives at 1.0 in the middle of the exchange.
import asyncio
import time


def slow_job():
    time.sleep(1.0)
    return "job done"


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
    writer.close()


async def talk(port):
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(6):
        await asyncio.sleep(0.25)
        writer.write(f"line {i}\n".encode())
        print(round(loop.time(), 3), (await reader.readline()).decode().strip())
    writer.close()


async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    job = asyncio.create_task(asyncio.to_thread(slow_job))
    job.add_done_callback(lambda t: print(round(loop.time(), 3), t.result()))
    await talk(port)
    await job
    server.close()
    await server.wait_closed()


asyncio.run(main())
