# asyncio.Runner keeps one event loop open across several run() calls, so a task started in
# one run keeps going in the next. Leaving the `with` block cancels what is left and closes
# the loop; after that, run() raises RuntimeError.
# Notice the ticker keeps ticking during the second run, and the task names keep counting.
import asyncio


async def ticker():
    while True:
        await asyncio.sleep(1)
        print("  tick")


async def step(label, seconds):
    await asyncio.sleep(seconds)
    return f"{label} in {asyncio.current_task().get_name()}"


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(loop, loop is asyncio.get_event_loop())
    print(runner.run(step("first", 0.5)))
    runner.get_loop().create_task(ticker())
    print(runner.run(step("second", 2.5)))
print("closed:", loop.is_closed())
try:
    runner.run(step("third", 1))
except RuntimeError as e:
    print("RuntimeError:", e)
