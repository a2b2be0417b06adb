# Errors around a `with`: if __enter__ fails, __exit__ is not called; an error raised inside
# __exit__ replaces the block's exception (which becomes its __context__); an object without
# __enter__/__exit__ is a TypeError. Notice the uncaught error at the end and its traceback.
class Gate:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit

    def __enter__(self):
        print(f"  enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} would not open")
        return self

    def __exit__(self, *exc_info):
        print(f"  exit {self.name} with {exc_info[0]}")
        if self.fail_exit:
            raise OSError(f"{self.name} would not close")


try:
    with Gate("a"), Gate("b", fail_enter=True):
        print("  body never runs")
except RuntimeError as e:
    print("caught:", e)

try:
    with Gate("c", fail_exit=True):
        raise ValueError("original")
except OSError as e:
    print("caught:", e, "| context:", repr(e.__context__))

for thing in [42, "text", None]:
    try:
        with thing:
            pass
    except TypeError as e:
        print("TypeError:", e)

with Gate("d", fail_exit=True):
    print("  body ok, exit fails")
