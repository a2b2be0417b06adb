# traceback.print_stack and format_stack with limit=N show the innermost N frames of the
# current stack (the caller of print_stack last), outermost first. In a coroutine the
# frames are its await chain, down to the task's coroutine.
import asyncio
import sys
import traceback


def audit(event):
    print(f"--- {event}")
    traceback.print_stack(limit=2, file=sys.stdout)


def save(record):
    audit(f"save {record}")
    return len(traceback.format_stack(limit=1))


async def handler(record):
    await asyncio.sleep(0.1)
    print("frames kept:", save(record))
    print("".join(traceback.format_stack(limit=2)), end="")


async def main():
    await handler("a")


save("top")
asyncio.run(main())
