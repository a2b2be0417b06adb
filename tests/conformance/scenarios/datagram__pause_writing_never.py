# A UDP transport never holds datagrams while the kernel takes them: sendto() goes out at
# once, so its write buffer stays at 0 and pause_writing() is not called even with tiny
# water marks. abort() closes at once; connection_lost(None) follows a loop turn later.
import asyncio

class Counter(asyncio.DatagramProtocol):
    def __init__(self):
        self.n = 0
    def datagram_received(self, data, addr):
        self.n += 1
    def pause_writing(self):
        print("pause_writing")
    def connection_lost(self, exc):
        print(type(self).__name__, "connection_lost", exc, "after", self.n, "datagrams")

class Sender(Counter):
    pass

async def main():
    loop = asyncio.get_running_loop()
    receiver, counter = await loop.create_datagram_endpoint(Counter, local_addr=("127.0.0.1", 0))
    address = receiver.get_extra_info("sockname")
    sender, _ = await loop.create_datagram_endpoint(Sender, local_addr=("127.0.0.1", 0))
    sender.set_write_buffer_limits(high=10)
    print("limits", sender.get_write_buffer_limits())
    for i in range(50):
        sender.sendto(b"x" * 100, address)
    print("buffered", sender.get_write_buffer_size())
    await asyncio.sleep(0.1)
    print("received", counter.n)
    sender.abort()
    print("closing", sender.is_closing())
    await asyncio.sleep(0)
    receiver.close()
    await asyncio.sleep(0)

asyncio.run(main())
