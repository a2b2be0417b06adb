# Shutting a server down cleanly: server.close() only stops accepting, so the server
# keeps its own list of writers and closes them; each client then reads EOF. A client
# that connects after close() is refused.
import asyncio

writers = []

async def handle(reader, writer):
    writers.append(writer)
    await reader.read()

async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    data = await reader.read()
    print(name, "read", data, "eof:", reader.at_eof(), "at", asyncio.get_running_loop().time())
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    clients = [asyncio.create_task(client(port, f"client-{i}")) for i in range(3)]
    await asyncio.sleep(1)
    server.close()
    print("server closed;", len(writers), "connections still open")
    for w in writers:
        w.write(b"shutting down\n")
        w.close()
    await asyncio.gather(*clients)
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("late client refused")

asyncio.run(main())
