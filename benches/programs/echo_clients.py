# Issue 13's scale target: 10,000 concurrent clients each exchanging one line with an echo
# server (start_server + open_connection/write/readline). The backlog asked is 10,000; the
# kernel caps it at 4,096 as Linux does, so some SYNs are retried after 1 s and 3 s.
import asyncio

CLIENTS = 10_000


async def handle(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def client(port, i):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"%d\n" % i)
    answer = await reader.readline()
    writer.close()
    return int(answer)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=CLIENTS)
    port = server.sockets[0].getsockname()[1]
    answers = await asyncio.gather(*[client(port, i) for i in range(CLIENTS)])
    print(len(answers), sum(answers))
    server.close()
    await server.wait_closed()


asyncio.run(main())
