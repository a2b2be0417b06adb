# contextlib.suppress ignores the listed exceptions; closing calls close() at the end;
# nullcontext does nothing; ExitStack collects cleanups and runs them last-in first-out,
# even if one of them fails. Notice the order of the cleanup lines.
import contextlib


class Port:
    def __init__(self, n):
        self.n = n

    def close(self):
        print(f"  port {self.n} closed")


with contextlib.suppress(KeyError, IndexError):
    print("looking up")
    {}["missing"]
    print("not reached")
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
with contextlib.closing(Port(1)) as p:
    print("using port", p.n)
with contextlib.nullcontext("value") as v:
    print("nullcontext gives", v)

with contextlib.ExitStack() as stack:
    for i in range(2, 5):
        stack.enter_context(contextlib.closing(Port(i)))
    stack.callback(print, "  callback with", "args")

    @stack.push
    def on_exit(exc_type, exc, tb):
        print("  exit callback sees", exc_type)

    print("body done")

with contextlib.ExitStack() as outer:
    outer.callback(print, "  runs only when the moved stack closes")
    later = outer.pop_all()
print("outer closed")
later.close()
try:
    with contextlib.ExitStack() as stack:
        stack.callback(print, "  first registered, runs last")
        stack.callback(lambda: 1 / 0)
        stack.callback(print, "  last registered, runs first")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
