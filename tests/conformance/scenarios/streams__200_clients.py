# 200 clients against one server, all started at once with gather(). The listen backlog
# is raised to 200 so that every connection fits in the accept queue (with the default
# 100, Linux drops the extra SYNs and the clients retry a second later, in real time).
# Each client waits 10 ms per unit of its number mod 7 before sending.
import asyncio

served = []

async def handle(reader, writer):
    line = await reader.readline()
    served.append(int(line.split()[1]))
    writer.write(b"ok " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(i, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.01 * (i % 7))
    writer.write(b"client %d\n" % i)
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=200)
    port = server.sockets[0].getsockname()[1]
    replies = await asyncio.gather(*(client(i, port) for i in range(200)))
    print(len(replies), "replies, all ok:", all(r == b"ok client %d\n" % i for i, r in enumerate(replies)))
    print("first served:", served[:10])
    print("last served:", served[-5:], "at", round(loop.time(), 3))
    server.close()
    await server.wait_closed()

asyncio.run(main())
