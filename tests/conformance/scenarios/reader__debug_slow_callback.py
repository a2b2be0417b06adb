# In debug mode a slow I/O callback is reported with its handle, which add_reader made (so
# 'created at' names asyncio's _add_reader). The callback removed its own reader, which
# cancelled the handle: debug mode keeps the repr it had then, callback included.
import asyncio, socket, time
async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    def readable():
        a.recv(10)
        time.sleep(0.2)
        loop.remove_reader(a)
    loop.add_reader(a, readable)
    b.send(b"x")
    await asyncio.sleep(0.5)
    a.close(); b.close()
asyncio.run(main(), debug=True)
