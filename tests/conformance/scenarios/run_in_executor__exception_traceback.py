# An exception in an executor job travels through a concurrent.futures.Future into the
# awaiting coroutine. Uncaught, its traceback shows the scenario's frames only: the
# asyncio.run line, the await, then the job's own lines in the worker thread.
import asyncio


def load(config):
    return config["port"]


def check(port):
    if port < 1024:
        raise PermissionError(f"port {port} needs privileges")
    return port


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, load, {})
    except KeyError as e:
        print("KeyError:", e)
    port = await loop.run_in_executor(None, load, {"port": 80})
    print("checking", port)
    await loop.run_in_executor(None, check, port)


asyncio.run(main())
