# traceback's stack functions: extract_stack gives FrameSummary objects (repr, fields, line,
# tuple equality and unpacking) in a StackSummary, innermost last; limit keeps the innermost
# frames; format_list/print_list take summaries or tuples; recursion is cut after three
# identical lines; print_stack writes to stderr.
import asyncio
import sys
import traceback


def where(limit):
    return traceback.extract_stack(limit=limit)


def recurse(n):
    if n:
        return recurse(n - 1)
    return traceback.format_stack(limit=6)


async def main():
    stack = where(2)
    print(type(stack).__name__, len(stack), stack)
    here = stack[-1]
    print(here.filename, here.lineno, here.name, repr(here.line), here.locals)
    filename, lineno, name, line = here
    print(name, lineno, line, here[2], len(here))
    print(here == (filename, lineno, name, line), here == stack[0], stack[0] == stack[0])
    print(traceback.format_list(stack))
    print(traceback.format_list([("made_up.py", 3, "f", "x = 1"), ("made_up.py", 4, "g", None)]))
    print("".join(recurse(10)), end="")
    summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")] * 5)
    print(summary.format())
    fs = traceback.FrameSummary("b.py", 7, "h", line="  y = 2  ", locals={"v": [1]})
    print(fs.line, fs.locals, traceback.format_list([fs]))
    traceback.print_list(where(1))
    traceback.print_stack(limit=2)
    traceback.print_stack(file=sys.stdout, limit=1)
    print(len(traceback.format_stack(limit=0)))


asyncio.run(main())
