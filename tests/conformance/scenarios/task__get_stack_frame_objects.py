# task.get_stack() returns frame objects: a suspended task's is its coroutine's own frame
# (cr_frame: its repr, f_locals, f_back None); a failed task's are the frames its exception
# passed through, outermost first, each inner one's f_back its caller. A debugging helper
# prints them as a watchdog would.
import asyncio


def parse(raw):
    return int(raw)


async def handler(raw):
    value = parse(raw)
    await asyncio.sleep(1)
    return value


def describe(task):
    for f in task.get_stack():
        back = f.f_back.f_code.co_name if f.f_back else None
        print(f"  {f.f_code.co_name}:{f.f_lineno} back={back}")
        print(f"  {f!r}")


async def main():
    good = asyncio.create_task(handler("7"), name="good")
    bad = asyncio.create_task(handler("x"), name="bad")
    print("not started:", good.get_stack())
    await asyncio.sleep(0)
    print("good:"), describe(good)
    frame = good.get_stack()[0]
    print(frame.f_locals, type(frame).__name__)
    print("bad:"), describe(bad)
    print(bad.get_stack(limit=1))
    print(type(bad.get_stack()[0]) is type(frame))
    good.cancel()
    await asyncio.gather(good, bad, return_exceptions=True)
    print("cancelled:", good.get_stack())


asyncio.run(main())
