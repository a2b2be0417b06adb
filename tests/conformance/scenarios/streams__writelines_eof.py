# writelines() sends several buffers as one write; write_eof() sends a FIN, after which
# write() raises RuntimeError, though the stream can still be read: the server answers
# the request that the FIN completed, then closes.
# xfail: asyncio streams, protocols and servers are not wired to sockets yet
import asyncio

async def handle(reader, writer):
    request = await reader.read()
    print("server got", request, "eof:", reader.at_eof())
    writer.writelines([b"got ", str(len(request)).encode(), b" bytes"])
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.writelines([b"GET ", bytearray(b"/ "), memoryview(b"HTTP/1.0")])
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    writer.write_eof()
    try:
        writer.write(b"more")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("reply:", await reader.read())
    print(writer.transport)
    writer.close()
    await writer.wait_closed()
    server.close()

asyncio.run(main())
