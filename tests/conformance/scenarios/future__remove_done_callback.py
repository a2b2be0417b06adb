# remove_done_callback(fn) unregisters every registration of fn and returns how many
# it removed. Only the callbacks still registered run when the future completes.
# Notice `log` was added twice and both were removed.
import asyncio


def log(fut):
    print("log sees", fut.result())


def audit(fut):
    print("audit sees", fut.result())


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(log)
    fut.add_done_callback(audit)
    fut.add_done_callback(log)
    print("removed log:", fut.remove_done_callback(log))
    print("removed again:", fut.remove_done_callback(log))
    fut.set_result(5)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
