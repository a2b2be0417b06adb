# A blocking sock.recv() inside a coroutine blocks the whole event loop (the ticker stops)
# but not the sender thread (rule T9): the loop goes on when the thread's data arrives; the
# same wait through loop.sock_recv lets the loop run meanwhile.
import asyncio, socket, threading, time

def sender(sock):
    time.sleep(0.3)
    sock.sendall(b"late data")

async def ticker():
    for i in range(3):
        print(f"{time.monotonic():.2f} tick {i}")
        await asyncio.sleep(0.1)

async def blocking_reader(sock):
    print(f"{time.monotonic():.2f} reading (blocks the loop)")
    data = sock.recv(100)
    print(f"{time.monotonic():.2f} got {data!r}")

async def main():
    a, b = socket.socketpair()
    t = threading.Thread(target=sender, args=(b,))
    t.start()
    await asyncio.gather(ticker(), blocking_reader(a))
    t.join()
    loop = asyncio.get_running_loop()
    a.setblocking(False)
    t2 = threading.Thread(target=sender, args=(b,))
    t2.start()
    data = await loop.sock_recv(a, 100)
    print(f"{time.monotonic():.2f} sock_recv got {data!r}")
    t2.join()
    a.close(); b.close()

asyncio.run(main())
