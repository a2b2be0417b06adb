# SystemExit carries an exit code: sys.exit() and sys.exit(None) mean 0, an int is the
# status itself, anything else is printed and means 1. It can be caught like any exception
# (it derives from BaseException, not Exception). Notice the program's status is 42.
import asyncio
import sys

for arg in ((), (None,), (0,), (3,), ("text",), ([1, 2],)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(f"sys.exit{arg!r:10} -> code {e.code!r}, args {e.args}")
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit(5)
except Exception:
    print("not caught by except Exception")
except BaseException as e:
    print("caught by except BaseException:", type(e).__name__, e.code)


async def job():
    await asyncio.sleep(0.5)
    print("job exits the program")
    sys.exit(42)


async def main():
    try:
        await job()
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("main's finally")


asyncio.run(main())
