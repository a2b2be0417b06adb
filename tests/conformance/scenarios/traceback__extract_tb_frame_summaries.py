# traceback.extract_tb turns a traceback into FrameSummary objects (file, line, function,
# source line), which compare with tuples and format back into traceback text; limit=
# keeps the outermost frames, a negative one the innermost. format_tb, print_tb, format_list
# and StackSummary.from_list build the same "  File ..." pieces.
import asyncio
import sys
import traceback


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text) * 2 + [][0]


async def handler(text):
    return await parse(text)


async def main():
    try:
        await handler("12")
    except IndexError as e:
        tb = e.__traceback__
        frames = traceback.extract_tb(tb)
        print(type(frames).__name__, len(frames), frames)
        for f in frames:
            print(f.filename, f.lineno, f.name, repr(f.line), f.end_lineno, f.colno, f.end_colno)
        print([tuple(f) for f in traceback.extract_tb(tb, limit=-1)])
        print(frames[0] == (f.filename, 21, "main", 'await handler("12")'), frames[1][2], len(frames[2]))
        print("".join(traceback.format_tb(tb, limit=2)), end="")
        traceback.print_tb(tb, limit=-1, file=sys.stdout)
        print(traceback.format_list(frames[1:]))
    custom = traceback.StackSummary.from_list([("app.py", 3, "run", "go()"), ("app.py", 9, "go", "")])
    print(custom, custom.format())
    fs = traceback.FrameSummary("x.py", 1, "f", line="  y = 1  ")
    print(fs, fs.line, list(fs), fs == ("x.py", 1, "f", "y = 1"), fs.locals)
    print(traceback.extract_tb(None), traceback.format_tb(None))


asyncio.run(main())
