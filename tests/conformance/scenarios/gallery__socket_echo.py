# An echo server and its client on plain non-blocking sockets, with the loop's sock_*
# coroutines. Each await registers the socket with the loop's selector and parks the task;
# select() reports the fd ready and its callback wakes the task in "process I/O events".
import asyncio
import socket


async def serve(listener):
    loop = asyncio.get_running_loop()
    conn, _ = await loop.sock_accept(listener)
    while data := await loop.sock_recv(conn, 1024):
        await loop.sock_sendall(conn, data.upper())
    conn.close()


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 8888))
    listener.listen()
    listener.setblocking(False)
    server = asyncio.create_task(serve(listener))
    client = socket.socket()
    client.setblocking(False)
    await loop.sock_connect(client, ("127.0.0.1", 8888))
    for word in (b"hello", b"world"):
        await loop.sock_sendall(client, word)
        print("echo:", (await loop.sock_recv(client, 1024)).decode())
    client.close()
    await server
    listener.close()
    print("server done at", round(loop.time(), 3))


asyncio.run(main())
