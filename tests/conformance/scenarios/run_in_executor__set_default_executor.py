# loop.set_default_executor() replaces the pool that run_in_executor(None, ...) and
# to_thread() use; its thread_name_prefix names the workers (io_0, io_1). A pool without a
# prefix names them ThreadPoolExecutor-N_M. asyncio.run() shuts the default one down.
import asyncio
import concurrent.futures
import threading
import time


def where(label):
    time.sleep(0.1)
    return f"{label} in {threading.current_thread().name}"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(
        concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
    )
    print(await asyncio.gather(*(asyncio.to_thread(where, i) for i in range(3))))
    plain = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    print(await loop.run_in_executor(plain, where, "plain"))
    plain.shutdown()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
