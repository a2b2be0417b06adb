# A task awaits a coroutine, which awaits another coroutine, which sleeps.
# Only the task is known to the loop: the whole chain is suspended inside it, and
# each level keeps its local variables. Results travel back up once the sleep ends.
import asyncio


async def read_sensor(name, value):
    print(f"    read_sensor({name!r}): sleeping 1 s")
    await asyncio.sleep(1)
    print(f"    read_sensor({name!r}): woke up with {value}")
    return value


async def average(name):
    print(f"  average({name!r}): asking read_sensor")
    first = await read_sensor(name, 20)
    second = await read_sensor(name, 23)
    print(f"  average({name!r}): got {first} and {second}")
    return (first + second) / 2


async def main():
    task = asyncio.create_task(average("kitchen"), name="sensor-task")
    await asyncio.sleep(0.5)
    print("main: at 0.5 s the task is suspended, done =", task.done())
    print("main: tasks on the loop:", sorted(t.get_name() for t in asyncio.all_tasks()))
    value = await task
    print("main: sensor-task returned", value)


asyncio.run(main())
