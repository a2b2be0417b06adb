# add_reader() takes an fd or an object with fileno(); anything else is a ValueError, and
# an fd the kernel does not know is OSError EBADF. A second add_reader() on the same fd
# replaces the first callback; remove_reader() says whether one was registered. add_reader
# itself returns None.
import asyncio
import socket

async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    for bad in ("not a file", -1, 999):
        try:
            loop.add_reader(bad, print)
        except (ValueError, OSError) as e:
            print(repr(e))
    print(loop.add_reader(a, print, "first"))
    print(loop.add_reader(a.fileno(), print, "second"))
    loop.add_writer(a, print, "writer")
    b.send(b"x")
    await asyncio.sleep(0)
    print("remove_writer:", loop.remove_writer(a), loop.remove_writer(a))
    await asyncio.sleep(0)
    print("remove_reader:", loop.remove_reader(a.fileno()), loop.remove_reader(a))
    a.close()
    try:
        loop.add_reader(a, print)
    except ValueError as e:
        print(repr(e))
    print(loop.remove_reader(12345))
    b.close()

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.add_reader(0, print)
except RuntimeError as e:
    print(repr(e))
print(loop.remove_reader(0))
