# A BufferedProtocol decides where received bytes go: here into one preallocated
# 8-byte bytearray, so the transport receives at most 8 bytes per read and a 20-byte
# message takes three reads. get_buffer() returning an empty buffer is a fatal error.
import asyncio

class Framed(asyncio.BufferedProtocol):
    def __init__(self, empty_after=None):
        self.buf = bytearray(8)
        self.got = b""
        self.calls = 0
        self.empty_after = empty_after
    def get_buffer(self, sizehint):
        self.calls += 1
        if self.calls == self.empty_after:
            return bytearray()
        return self.buf
    def buffer_updated(self, nbytes):
        self.got += bytes(self.buf[:nbytes])
        print("buffer_updated", nbytes, self.got)
    def eof_received(self):
        print("eof after", self.calls, "get_buffer calls")
    def connection_lost(self, exc):
        print("connection_lost", repr(exc))

async def main():
    loop = asyncio.get_running_loop()
    for empty_after in (None, 2):
        server = await loop.create_server(lambda: Framed(empty_after), "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"0123456789abcdefghij")
        writer.write_eof()
        await asyncio.sleep(0.1)
        writer.close()
        server.close()
        await asyncio.sleep(0.1)

asyncio.run(main())
