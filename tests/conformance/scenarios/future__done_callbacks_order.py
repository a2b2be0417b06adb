# Done callbacks run in the order they were added, but NOT inside set_result(): set_result
# only schedules them with call_soon, so they run on a later turn of the loop.
# Notice "set_result returned" comes before any callback output.
import asyncio


def make_callback(name):
    def callback(fut):
        print(f"callback {name} sees result {fut.result()!r}")
    return callback


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for name in ["first", "second", "third"]:
        fut.add_done_callback(make_callback(name))
    fut.set_result("ok")
    print("set_result returned")
    await asyncio.sleep(0)
    print("main resumed after one loop turn")
    fut.add_done_callback(make_callback("late"))
    print("added a callback to a finished future")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
