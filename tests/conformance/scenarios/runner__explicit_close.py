# A Runner without `with`: run() twice on one loop, then close(); closing again does
# nothing, and running after close is a RuntimeError.
import asyncio


async def answer(n):
    await asyncio.sleep(0.5)
    return n, asyncio.get_running_loop().time()


runner = asyncio.Runner()
print(runner.run(answer(1)))
print(runner.run(answer(2)))
loop = runner.get_loop()
runner.close()
runner.close()
print(loop.is_closed())
coro = answer(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
