# Errors around `async with`: __aenter__ raising (then __aexit__ is not awaited), __aexit__
# raising while an error propagates (chained, with __context__), __aexit__ returning an
# object that is not awaitable, and __aexit__ defined with the wrong signature.
# Notice each message; the last error ends the program with a traceback.
import asyncio


class Opens:
    def __init__(self, fail_enter=False, fail_exit=False):
        self.fail_enter, self.fail_exit = fail_enter, fail_exit

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        if self.fail_enter:
            raise ConnectionError("refused")
        return self

    async def __aexit__(self, t, v, tb):
        print("  aexit with", t)
        if self.fail_exit:
            raise OSError("close failed")
        return False


class BadExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return "not awaitable"


class WrongSignature:
    async def __aenter__(self):
        return self

    async def __aexit__(self):
        return False


async def main():
    try:
        async with Opens(fail_enter=True):
            print("unreachable")
    except ConnectionError as e:
        print("caught", repr(e))
    try:
        async with Opens(fail_exit=True):
            raise KeyError("inside")
    except OSError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    try:
        async with BadExit():
            print("  body runs")
    except TypeError as e:
        print("TypeError:", e)
    async with WrongSignature():
        print("  body runs, then __aexit__ gets three arguments")


asyncio.run(main())
