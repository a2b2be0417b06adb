# add_reader(fd, callback) calls the callback whenever the file descriptor is readable,
# as long as it stays readable (level-triggered): the callback must consume the data.
# remove_reader() returns True if a reader was registered. A socketpair stands in for
# any file descriptor.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    calls = []

    def readable():
        data = a.recv(3)
        calls.append(data)
        print("readable, recv(3) ->", data, "at", loop.time())

    loop.add_reader(a, readable)
    b.send(b"1234567")
    await asyncio.sleep(0.5)
    b.send(b"89")
    await asyncio.sleep(0.5)
    print("remove_reader:", loop.remove_reader(a), loop.remove_reader(a))
    b.send(b"not read")
    await asyncio.sleep(0.5)
    print(len(calls), "calls")
    a.close()
    b.close()

asyncio.run(main())
