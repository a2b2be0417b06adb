# Awaiting a coroutine that awaits another coroutine forms a chain inside ONE task.
# When the innermost sleep finishes, each level resumes in turn with its locals intact.
# Notice that every level reports the same task name.
import asyncio


async def read_sensor(sensor_id):
    print("  read_sensor start", sensor_id, asyncio.current_task().get_name())
    await asyncio.sleep(0.25)
    return sensor_id * 10


async def average(ids):
    readings = []
    for i in ids:
        readings.append(await read_sensor(i))
    print(" readings:", readings)
    return sum(readings) / len(readings)


async def main():
    offset = 0.5
    value = await average([1, 2, 3, 4])
    print("average + offset =", value + offset)


asyncio.run(main())
