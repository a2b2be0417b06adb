# Task numbers are global to the program, not to one event loop. After the main task,
# asyncio.run() itself creates two helper tasks while shutting down (for async generators
# and the default executor): Task-3 and Task-4 here. Notice the second run's main task is
# Task-5, not Task-1.
import asyncio


async def main(label):
    helper = asyncio.create_task(asyncio.sleep(0))
    print(label, "main task:", asyncio.current_task().get_name(), "helper:", helper.get_name())
    await helper


asyncio.run(main("first"))
asyncio.run(main("second"))
