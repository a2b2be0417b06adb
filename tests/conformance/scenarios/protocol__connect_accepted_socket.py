# Protocols over sockets you made yourself: a listening socket accepted with
# loop.sock_accept() and handed to connect_accepted_socket(), and a client socket
# connected with sock_connect() and handed to create_connection(sock=...).
import asyncio
import socket

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server side made, peer", transport.get_extra_info("peername")[0])
    def data_received(self, data):
        self.transport.write(data[::-1])

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
    def data_received(self, data):
        print("client got", data)
        self.done.set_result(data)

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    conn, _ = await loop.sock_accept(listener)
    server_tr, _ = await loop.connect_accepted_socket(Echo, conn)
    done = loop.create_future()
    client_tr, _ = await loop.create_connection(lambda: Client(done), sock=client)
    client_tr.write(b"stressed")
    await done
    for bad in (dict(sock=client, host="127.0.0.1", port=1), dict()):
        try:
            await loop.create_connection(asyncio.Protocol, **bad)
        except ValueError as e:
            print("ValueError:", e)
    client_tr.close()
    server_tr.close()
    listener.close()
    await asyncio.sleep(0)

asyncio.run(main())
