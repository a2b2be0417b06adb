# A chat room: the server keeps the writers of everyone connected and sends each line it
# receives to all the others. Three clients join, say something 0.1 s apart, and leave;
# everyone else hears each line at the moment it was said.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

room = {}

async def member(reader, writer):
    name = (await reader.readline()).decode().strip()
    room[name] = writer
    async for line in reader:
        for other, w in room.items():
            if other != name:
                w.write(f"{name}: ".encode() + line)
    del room[name]
    writer.close()

async def client(port, name, delay):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    await asyncio.sleep(delay)
    writer.write(f"hello from {name}\n".encode())
    for _ in range(2):
        print(name, "hears", await reader.readline())
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(member, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(*(client(port, n, d) for n, d in [("ann", 0.1), ("bob", 0.2), ("cy", 0.3)]))
    server.close()
    await server.wait_closed()
    print("room empty:", room == {})

asyncio.run(main())
