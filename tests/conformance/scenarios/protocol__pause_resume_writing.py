# Flow control on the writing side: with set_write_buffer_limits(high=64, low=16) the
# transport calls pause_writing() as soon as more than 64 bytes wait in its buffer, and
# resume_writing() once the buffer has drained to 16 or less. Here the peer reads only
# after 1 s, so the pause lasts until then. Kernel buffer sizes are not printed.
import asyncio

class Writer(asyncio.Protocol):
    def connection_made(self, transport):
        transport.set_write_buffer_limits(high=64, low=16)
        print("limits", transport.get_write_buffer_limits())
    def pause_writing(self):
        print("pause_writing")
    def resume_writing(self):
        print("resume_writing")

async def main():
    loop = asyncio.get_running_loop()
    got = []
    listener = await asyncio.start_server(lambda r, w: got.append((r, w)), "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    transport, proto = await loop.create_connection(Writer, "127.0.0.1", port)
    await asyncio.sleep(0)
    reader, writer = got[0]
    transport.write(b"z" * 16_000_000)
    print("buffered in the transport:", transport.get_write_buffer_size() > 64)
    await asyncio.sleep(1)
    print("peer reads", len(await reader.readexactly(16_000_000)), "bytes")
    print("buffer now", transport.get_write_buffer_size())
    transport.close()
    writer.close()
    listener.close()

asyncio.run(main())
