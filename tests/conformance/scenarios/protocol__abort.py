# close() sends what is still buffered before closing; abort() throws the buffer away and
# closes at once. Both call connection_lost(None) on the next loop iteration. The peer of
# the aborted connection sees only what the kernel had already accepted.
import asyncio

class Counter(asyncio.Protocol):
    def __init__(self):
        self.n = 0
    def data_received(self, data):
        self.n += len(data)
    def connection_lost(self, exc):
        print("server saw", "all" if self.n == 16_000_000 else "part", "of the data", exc)

class Client(asyncio.Protocol):
    def connection_lost(self, exc):
        print("client connection_lost", exc)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Counter, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    for how in ("close", "abort"):
        transport, _ = await loop.create_connection(Client, "127.0.0.1", port)
        transport.write(b"d" * 16_000_000)
        print(how, "with data buffered:", transport.get_write_buffer_size() > 0)
        getattr(transport, how)()
        print("is_closing", transport.is_closing())
        await asyncio.sleep(1)
    server.close()

asyncio.run(main())
