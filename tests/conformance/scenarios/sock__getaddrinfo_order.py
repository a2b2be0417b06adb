# loop.getaddrinfo() resolves in the loop's default executor (a thread) and the awaiting
# task resumes after the thread's result is copied back, two loop turns later: callbacks
# queued meanwhile run first. Numeric hosts and services need no name lookup.
import asyncio
import socket

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    infos = await loop.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM)
    print("resolved", [(f, ty, p, c, a) for f, ty, p, c, a in infos])
    await t
    print(await loop.getaddrinfo("127.0.0.1", "8080", proto=socket.IPPROTO_UDP, type=socket.SOCK_DGRAM))

asyncio.run(main())
