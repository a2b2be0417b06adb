# dir() of exception classes of the program and of their instances: the names of
# BaseException's instances (args, with_traceback, add_note, __traceback__, ...), the
# class's own, and the __dict__/__weakref__ it adds.
import asyncio

class AppError(Exception):
    """Base error."""
    code = 1
    def describe(self):
        return f"{self.code}: {self}"
class NotFound(AppError, KeyError):
    code = 404
e = NotFound("page")

class Retry(ValueError):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


async def main():
    await asyncio.sleep(0)
    print(dir(AppError))
    print(dir(e))
    print(sorted(set(dir(e)) - set(dir(Exception))))
    print(dir(ValueError("x")))
    print([n for n in dir(e) if not n.startswith("_")])
    print(dir(Retry(3)))
    print(dir(KeyError), dir(Exception) == dir(BaseException))
    print(dir(ZeroDivisionError("z")))
    try:
        raise Retry(2)
    except Retry as err:
        print([a for a in dir(err) if not a.startswith("__")], err.attempt)


asyncio.run(main())
