# The smallest TCP program: start_server, open_connection, one line there and back.
# Notice that every line prints at 0.000: on loopback the bytes are ready at the next
# poll of the selector, so no virtual time passes between a write and the peer's read.
# Ports are never printed (the kernel picks them); the peer's host is.
import asyncio

async def handle(reader, writer):
    host, _port = writer.get_extra_info("peername")
    print("server: connection from", host)
    line = await reader.readline()
    print("server: got", line)
    writer.write(line.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server: closed")

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: connected")
    writer.write(b"hello, world\n")
    await writer.drain()
    print("client: got", await reader.readline())
    print("client: then", await reader.read(), "at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())
