# The "coroutine ... was never awaited" RuntimeWarning goes through the warnings filters:
# ignored after simplefilter("ignore"), recorded by catch_warnings(record=True), and with
# the "error" action it cannot be raised from a dying object, so it is printed as ignored.
import asyncio
import warnings


async def job(n):
    return n


async def main():
    job(1)
    with warnings.catch_warnings(record=True) as log:
        job(2)
    print([(str(w.message), w.category.__name__, w.lineno) for w in log])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        job(3)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", category=RuntimeWarning)
        job(4)
        print("still running")
    job(5)
    job(5)
    print("done")


asyncio.run(main())
