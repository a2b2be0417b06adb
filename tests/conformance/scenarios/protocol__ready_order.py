# Which connection is served first when several have data? Four clients connect in order
# 0..3, then send in the order 2, 0, 3, 1 within one callback. The server's
# data_received calls follow the order in which the sockets became readable (epoll's
# ready list), not the order of connection; so do the clients' replies.
import asyncio

class Server(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
    def data_received(self, data):
        print("server data_received", data)
        self.transport.write(b"re:" + data)

class Client(asyncio.Protocol):
    def data_received(self, data):
        print("client data_received", data)

async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    transports = []
    for i in range(4):
        t, _ = await loop.create_connection(Client, "127.0.0.1", port)
        transports.append(t)
    await asyncio.sleep(0.1)
    for i in (2, 0, 3, 1):
        transports[i].write(b"from %d" % i)
    await asyncio.sleep(0.1)
    transports[1].write(b"again 1")
    transports[3].write(b"again 3")
    await asyncio.sleep(0.1)
    for t in transports:
        t.close()
    server.close()
    await asyncio.sleep(0)

asyncio.run(main())
