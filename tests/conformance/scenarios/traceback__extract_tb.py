# traceback.extract_tb/format_tb/print_tb walk an exception's __traceback__ outermost first:
# FrameSummary fields, 3.11's position carets under a part of a line, a positive limit
# keeps the outermost frames and a negative one the innermost; tb=None gives nothing.
import asyncio
import traceback


def divide(a, b):
    return a / b


def compute(values):
    total = 0
    for v in values:
        total += divide(10, v) * 2
    return total


async def worker(values):
    await asyncio.sleep(0.1)
    return compute(values)


async def main():
    try:
        compute([1, 0])
    except ZeroDivisionError as e:
        tb = e.__traceback__
        summary = traceback.extract_tb(tb)
        print(type(summary).__name__, len(summary), [(f.name, f.lineno) for f in summary])
        print(summary[-1].line, summary[-1] == summary[-1], tb.tb_lineno, tb.tb_next.tb_lineno)
        print("".join(traceback.format_tb(tb)), end="")
        print(traceback.format_tb(tb, limit=1))
        print([f.name for f in traceback.extract_tb(tb, limit=-1)])
        traceback.print_tb(tb, limit=2)
    try:
        await asyncio.create_task(worker([2, 0]))
    except ZeroDivisionError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print(names)
        print(traceback.format_list(traceback.extract_tb(e.__traceback__)[-2:]))
    print(traceback.extract_tb(None), traceback.format_tb(None))


asyncio.run(main())
