# A call's argument errors name the function by its __qualname__ as it is now (a program or
# a library may rename it), not as the def statement spelled it: asyncio's loop methods
# read as BaseEventLoop.x, e.g. the reuse_address keyword that 3.11 removed.
import asyncio

class Helper:
    def method(self, a, *, flag):
        pass

Helper.method.__qualname__ = "Renamed.method"

def plain(x):
    pass

plain.__qualname__ = "new_name"
for call in (lambda: Helper().method(), lambda: Helper().method(1, 2, flag=1),
             lambda: Helper().method(1), lambda: Helper().method(1, a=2, flag=0),
             lambda: plain(1, 2), lambda: plain(y=1)):
    try:
        call()
    except TypeError as e:
        print(e)

async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=("127.0.0.1", 0),
                                            reuse_address=True)
    except TypeError as e:
        print(e)
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 1, timeout=1)
    except TypeError as e:
        print(e)

asyncio.run(main())
