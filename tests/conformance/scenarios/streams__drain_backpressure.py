# Back-pressure: the client writes 16 MB to a server that does not read for 2 seconds.
# The kernel buffers fill, the transport's buffer passes its high-water mark, and
# drain() waits. It returns at 2.000, once the slow reader has made room.
# Byte counts in the kernel depend on its buffer sizes, so only totals are printed.
import asyncio

async def handle(reader, writer):
    await asyncio.sleep(2)
    print("server: starts reading")
    total = 0
    while chunk := await reader.read(65536):
        total += len(chunk)
    print("server: received", total, "bytes")
    writer.close()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"x" * 16_000_000)
    print("client: buffered in the transport?", writer.transport.get_write_buffer_size() > 0)
    await writer.drain()
    print("client: drain returned at", loop.time())
    writer.write_eof()
    await reader.read()
    writer.close()
    server.close()

asyncio.run(main())
