# set_default_executor accepts only a ThreadPoolExecutor; after shutdown_default_executor()
# the loop refuses run_in_executor(None, ...) with RuntimeError, while an explicit executor
# still works. The default pool's workers are asyncio_N.
import asyncio
import concurrent.futures
import threading


def name():
    return threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    print(await loop.run_in_executor(None, name))
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, name)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with concurrent.futures.ThreadPoolExecutor(thread_name_prefix="mine") as pool:
        print(await loop.run_in_executor(pool, name))


asyncio.run(main())
