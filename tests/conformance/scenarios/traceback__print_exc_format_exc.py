# The traceback module prints or formats the exception being handled: print_exc() writes
# it to stderr, format_exc() returns the same text as a string, format_exception_only()
# just the last line. Notice the program goes on after printing the traceback.
import asyncio
import traceback


async def parse(text):
    await asyncio.sleep(0.5)
    return int(text)


async def main():
    try:
        await parse("12x")
    except ValueError:
        traceback.print_exc()
        print("recovered after print_exc")
    try:
        {}["key"]
    except KeyError as e:
        text = traceback.format_exc()
        print("format_exc gave", len(text.splitlines()), "lines; last:", text.splitlines()[-1])
        print(traceback.format_exception_only(type(e), e))
        print(repr(traceback.format_exception_only(e)[0]))
    print(repr(traceback.format_exc()))
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        traceback.print_exception(e)
    print("done")


asyncio.run(main())
