# An exception inside data_received() is not lost: the transport reports it through the
# loop's exception handler ("Fatal error: protocol.data_received() call failed.", with the
# protocol and transport) and closes the connection, so both ends see connection_lost.
import asyncio

class Fragile(asyncio.Protocol):
    def data_received(self, data):
        raise ValueError(f"cannot parse {data!r}")
    def connection_lost(self, exc):
        print("server: connection_lost", exc)

class Client(asyncio.Protocol):
    def __init__(self, lost):
        self.lost = lost
    def eof_received(self):
        print("client: eof_received")
    def connection_lost(self, exc):
        print("client: connection_lost", exc)
        self.lost.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Fragile, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    lost = loop.create_future()
    transport, _ = await loop.create_connection(lambda: Client(lost), "127.0.0.1", port)
    transport.write(b"garbage")
    await lost
    server.close()

asyncio.run(main())
