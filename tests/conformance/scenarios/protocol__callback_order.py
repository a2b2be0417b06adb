# The life of a connection seen by Protocol callbacks on both ends: connection_made,
# data_received, eof_received (the peer's FIN), connection_lost. Returning a false value
# from eof_received lets the transport close itself, which the peer then sees as EOF.
import asyncio

class Logger(asyncio.Protocol):
    def __init__(self, side):
        self.side = side
        self.lost = asyncio.get_running_loop().create_future()
    def connection_made(self, transport):
        self.transport = transport
        print(self.side, "connection_made", transport.get_extra_info("peername")[0])
    def data_received(self, data):
        print(self.side, "data_received", data)
        if self.side == "server":
            self.transport.write(data[::-1])
    def eof_received(self):
        print(self.side, "eof_received")
    def connection_lost(self, exc):
        print(self.side, "connection_lost", exc)
        self.lost.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    servers = []

    def server_protocol():
        servers.append(Logger("server"))
        return servers[-1]

    server = await loop.create_server(server_protocol, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transport, client = await loop.create_connection(lambda: Logger("client"), "127.0.0.1", port)
    print("create_connection returned", type(transport).__name__, type(client).__name__)
    transport.write(b"stressed")
    await asyncio.sleep(0.5)
    transport.write_eof()
    await client.lost
    await servers[0].lost
    server.close()

asyncio.run(main())
