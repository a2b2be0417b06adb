# atexit runs its functions when the interpreter exits, after asyncio.run has returned and
# the last line of the program ran: last registered first, with the arguments given to
# register. unregister removes every registration of a function.
import asyncio
import atexit


@atexit.register
def goodbye():
    print("goodbye (registered first, runs last)")


def report(name, *, count=0):
    print(f"report {name}: {count} items")


atexit.register(report, "jobs", count=3)
atexit.register(print, "never printed")
atexit.unregister(print)


async def worker(n):
    await asyncio.sleep(n)
    atexit.register(report, f"worker {n}")
    return n


async def main():
    print("results:", await asyncio.gather(worker(2), worker(1)))


asyncio.run(main())
print("end of program")
