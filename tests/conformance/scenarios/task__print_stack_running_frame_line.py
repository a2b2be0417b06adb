# A failed task printed with print_stack() after the awaiting frame caught its exception:
# each frame shows its line now (f_lineno), so the still-running main shows the print_stack
# call, as get_stack() does.
import asyncio, sys
async def failing():
    raise LookupError("x")
async def main():
    t = asyncio.create_task(failing())
    try:
        await t
    except LookupError:
        pass
    t.print_stack(file=sys.stdout)
    print([f.f_lineno for f in t.get_stack()])
asyncio.run(main())
