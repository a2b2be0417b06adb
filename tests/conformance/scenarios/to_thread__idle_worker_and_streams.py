# A to_thread call leaves the default executor's worker alive and idle (waiting for work)
# while the loop then serves stream connections: the loop's select must still wake for
# every connection and every line on the network, although another thread is waiting too.
import asyncio
import threading
import time


def lookup(name):
    time.sleep(0.2)
    return f"{name} in {threading.current_thread().name}"


async def shout(reader, writer):
    async for line in reader:
        await asyncio.sleep(0.1)
        writer.write(line.upper())
        await writer.drain()
    writer.close()


async def client(port, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answers = []
    for word in words:
        writer.write(word.encode() + b"\n")
        answers.append((await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    return answers


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(lookup, "first"), round(loop.time(), 3))
    async with await asyncio.start_server(shout, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        print(await asyncio.gather(client(port, ["a", "b"]), client(port, ["c"])))
        print("served at", round(loop.time(), 3))
    print(await asyncio.to_thread(lookup, "second"), round(loop.time(), 3))
    print("threads:", sorted(t.name for t in threading.enumerate()))


asyncio.run(main())
