# A chat room: the server sends each line a member says to all the others, then says who left.
# Each client listens in a task of its own beside its speaking schedule.
import asyncio
members = {}

async def room(reader, writer):
    name = (await reader.readline()).decode().strip()
    members[name] = writer
    async for line in reader:
        for other, w in members.items():
            if other != name:
                w.write(f"{name}: {line.decode()}".encode())
    del members[name]
    for w in members.values():
        w.write(f"* {name} left\n".encode())
    writer.close()

async def listen(name, reader):
    async for line in reader:
        print(f"{asyncio.get_running_loop().time():.1f}  {name} sees {line.decode().strip()!r}")

async def member(port, name, says):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    listener = asyncio.create_task(listen(name, reader))
    for pause, text in says:
        await asyncio.sleep(pause)
        writer.write(f"{text}\n".encode())
    await asyncio.sleep(1)
    writer.close()
    await listener

async def main():
    server = await asyncio.start_server(room, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(member(port, "ann", [(0.1, "hi all"), (0.3, "who is here?")]),
                         member(port, "bob", [(0.2, "hello ann"), (1.0, "still here")]),
                         member(port, "cy", [(0.6, "me too")]))

asyncio.run(main())
