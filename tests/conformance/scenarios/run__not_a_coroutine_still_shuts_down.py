# asyncio.run(main) with the function instead of main() raises ValueError, but only after
# its Runner made a loop: leaving the `with` still shuts that loop down (two tasks,
# shutdown_asyncgens and shutdown_default_executor) and closes it. The next run's main
# task is numbered after them.
import asyncio


async def main():
    return asyncio.current_task().get_name()


print(asyncio.run(main()))
try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", e)
print(asyncio.run(main()))
try:
    asyncio.run(main().__await__())
except ValueError as e:
    print("ValueError:", str(e).split(" object at")[0])
print(asyncio.run(main()))
