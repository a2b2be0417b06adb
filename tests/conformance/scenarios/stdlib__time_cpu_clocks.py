# process_time and thread_time measure CPU time: sleeping (time.sleep, asyncio.sleep, a
# thread's wait) costs none, and with the default instruction cost computation is free in
# virtual time, so both stay put while the wall clocks move.
import asyncio
import threading
import time

p0, t0, w0 = time.process_time(), time.thread_time(), time.perf_counter()
time.sleep(1.5)
print(f"wall {time.perf_counter() - w0:.1f} process {time.process_time() - p0:.1f} "
      f"thread {time.thread_time() - t0:.1f}")


async def main():
    p = time.process_time_ns()
    await asyncio.sleep(2)
    print("after asyncio.sleep:", (time.process_time_ns() - p) // 10**8 / 10)


asyncio.run(main())


def work():
    t = time.thread_time()
    time.sleep(0.5)
    print(f"thread slept, cpu {time.thread_time() - t:.1f}")


th = threading.Thread(target=work)
th.start()
th.join()
print(type(time.process_time()).__name__, type(time.thread_time_ns()).__name__)
