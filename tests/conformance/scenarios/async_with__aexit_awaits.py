# `async with` awaits __aenter__ and __aexit__, so setting up and tearing down can wait
# (here: a pretend connection that takes time to open and close). While one task waits in
# its __aexit__, the other task runs. Notice the virtual times of each step.
import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        print(f"  {self.host}: connecting")
        await asyncio.sleep(0.5)
        print(f"  {self.host}: connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"  {self.host}: closing ({exc_type.__name__ if exc_type else 'no error'})")
        await asyncio.sleep(0.25)
        print(f"  {self.host}: closed")
        return False

    async def fetch(self, path):
        await asyncio.sleep(1)
        return f"{self.host}{path}"


async def client(host, delay):
    await asyncio.sleep(delay)
    async with Connection(host) as conn:
        page = await conn.fetch("/index")
        print("  got", page)
    return page


async def main():
    results = await asyncio.gather(client("alpha", 0), client("beta", 0.1))
    print("results:", results)
    async with Connection("gamma") as c1, Connection("delta") as c2:
        print("  both open:", c1.host, c2.host)


asyncio.run(main())
