# The low-level coroutines on plain non-blocking sockets: sock_accept, sock_connect,
# sock_sendall and sock_recv. sock_recv(sock, n) returns whatever has arrived, at most n
# bytes, and b'' at EOF. No transports or protocols are involved.
import asyncio
import socket

async def serve(listener):
    loop = asyncio.get_running_loop()
    conn, addr = await loop.sock_accept(listener)
    print("accepted from", addr[0], "blocking:", conn.getblocking())
    while data := await loop.sock_recv(conn, 4):
        print("server recv", data)
        await loop.sock_sendall(conn, data.upper())
    print("server: EOF")
    conn.close()

async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    task = asyncio.create_task(serve(listener))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, listener.getsockname())
    print("connected")
    await loop.sock_sendall(client, b"abcdefghij")
    await asyncio.sleep(0.5)
    print("client recv", await loop.sock_recv(client, 100))
    client.shutdown(socket.SHUT_WR)
    await task
    print("client recv after server close", await loop.sock_recv(client, 100))
    client.close()
    listener.close()

asyncio.run(main())
