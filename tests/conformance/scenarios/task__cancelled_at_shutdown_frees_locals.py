# A task cancelled by asyncio.run's shutdown frees its coroutine's locals after its finally.
import asyncio
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
async def serve(r):
    try:
        await asyncio.sleep(100)
    finally:
        print("serve finally")
async def main2():
    asyncio.create_task(serve(R("task-arg")))
    await asyncio.sleep(0.1)
asyncio.run(main2())
print("after run2")
