# __del__ in asyncio code: an object a task holds is finalized when the task's coroutine
# ends and drops its locals; one captured by a pending callback dies once the callback
# has run and the loop drops the handle.
import asyncio


class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"{asyncio.get_event_loop().time():.1f} release {self.name}")


async def use(name, delay):
    conn = Conn(name)
    await asyncio.sleep(delay)
    print(f"{asyncio.get_running_loop().time():.1f} done with {conn.name}")


def later(conn):
    print("callback sees", conn.name)


async def main():
    await asyncio.gather(use("a", 0.2), use("b", 0.1))
    asyncio.get_running_loop().call_later(0.1, later, Conn("cb"))
    await asyncio.sleep(0.3)
    print("main ends")


asyncio.run(main())
