# What a connection looks like from Python: the StreamWriter, its transport and the
# StreamReader print their state (file descriptor, polling, buffer sizes); the numbers are
# CPython's on Linux (epoll 3, the loop's self-pipe 4 and 5, then sockets from 6).
# get_extra_info gives addresses; only the host is printed, the ports are the kernel's.
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(1)
    writer.write(b"bye")
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print("listening fd", server.sockets[0].fileno())
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1000)
    print(writer)
    print(reader)
    print(writer.get_extra_info("peername")[0], writer.get_extra_info("sockname")[0])
    sock = writer.get_extra_info("socket")
    print(type(sock).__name__, repr(sock.family), repr(sock.type))
    print("missing key:", writer.get_extra_info("nope", "default"))
    await asyncio.sleep(1.5)
    print(reader)
    print(await reader.read(), reader)
    writer.close()
    print(writer.transport)
    await writer.wait_closed()
    print(writer.transport, writer.is_closing())
    server.close()
    print(server)

asyncio.run(main())
