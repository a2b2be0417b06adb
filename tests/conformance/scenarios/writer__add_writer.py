# add_writer(fd, callback) calls the callback while the socket can accept more data. A
# fresh socket is writable at once: the next select reports it, and the callback runs
# after the callbacks already queued (so "after one iteration" prints first). It removes
# itself after three calls, or it would be called on every iteration forever.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    count = 0

    def writable():
        nonlocal count
        count += 1
        a.send(b"tick %d;" % count)
        print("writable", count)
        if count == 3:
            print("remove_writer:", loop.remove_writer(a))

    loop.add_writer(a, writable)
    print("added")
    await asyncio.sleep(0)
    print("after one iteration")
    await asyncio.sleep(0.5)
    print("peer has", b.recv(100))
    print("remove again:", loop.remove_writer(a))
    a.close()
    b.close()

asyncio.run(main())
