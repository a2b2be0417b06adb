# A chat server: every line a client sends is broadcast to all the other clients.
# Three scripted users join, talk on a schedule and leave; each prints what it hears.
# Notice that the server drops a client from the room when its reader sees EOF, and
# that cy's last line and EOF arrive together: the server handles both before anyone
# prints what they heard.
import asyncio

room = {}

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    room[name] = writer
    while line := await reader.readline():
        for other, w in room.items():
            if other != name:
                w.write(f"{name}: {line.decode()}".encode())
    del room[name]
    writer.close()
    print(f"server: {name} left, {len(room)} remain")

async def listen(name, reader):
    while line := await reader.readline():
        print(f"  [{name} hears] {line.decode().strip()}")

async def user(port, name, script):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"{name}\n".encode())
    listener = asyncio.create_task(listen(name, reader))
    for delay, text in script:
        await asyncio.sleep(delay)
        writer.write(f"{text}\n".encode())
    writer.write_eof()
    await listener
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    await asyncio.gather(
        user(port, "ann", [(0.1, "hi all"), (0.3, "bye")]),
        user(port, "bob", [(0.2, "hello ann"), (0.5, "anyone?")]),
        user(port, "cy", [(0.25, "hey"), (0.05, "me too")]),
    )
    server.close()

asyncio.run(main())
