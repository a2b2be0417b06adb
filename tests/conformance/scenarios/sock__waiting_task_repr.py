# A task suspended in sock_recv() waits on a future whose done callback removes the reader
# again (_sock_read_done, with the reader's handle); the handle calls _sock_recv with the
# future, the socket and the size. The task's repr shows all of it.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    task = asyncio.create_task(loop.sock_recv(a, 100))
    await asyncio.sleep(0)
    print(task)
    b.send(b"data")
    print(await task)
    print(task)
    a.close()
    b.close()

asyncio.run(main())
