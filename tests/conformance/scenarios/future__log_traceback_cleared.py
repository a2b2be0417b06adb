# fut._log_traceback = False is the idiom that silences "Future exception was never retrieved"
# for a failure the program means to ignore; it can only be cleared (True is a ValueError) and
# not deleted. A future's and the loop's own attributes sit beside it.
# Notice only the second future is reported at the end.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("hidden"))
    print(f._log_traceback)
    f._log_traceback = False
    print(f._log_traceback)
    try:
        f._log_traceback = True
    except ValueError as e:
        print("ValueError:", e)
    try:
        del f._log_traceback
    except AttributeError as e:
        print("AttributeError:", e)
    g = loop.create_future()
    g.set_exception(KeyError("shown"))
    f.tag = "mine"
    print(f.tag, vars(f) if hasattr(f, "__dict__") else None)
    loop.app = 1
    print(loop.app)

asyncio.run(main())
print("end")
