# Half-close: the client sends its request and then write_eof() (a TCP FIN). The server
# reads until EOF, which tells it the request is complete, and can still answer on the
# same connection. can_write_eof() is True for TCP.
import asyncio

async def handle(reader, writer):
    request = await reader.read()
    print("server: request complete:", request, "eof", reader.at_eof())
    await asyncio.sleep(0.5)
    writer.write(b"%d bytes received" % len(request))
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client: can_write_eof", writer.can_write_eof())
    writer.write(b"first part, ")
    writer.write(b"second part")
    writer.write_eof()
    try:
        writer.write(b"too late")
    except RuntimeError as e:
        print("client: RuntimeError:", e)
    print("client: reply:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())
