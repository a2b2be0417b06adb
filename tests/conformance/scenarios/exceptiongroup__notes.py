# add_note() attaches notes to any exception; tracebacks print them after the exception
# line (inside a group's margin too), and split()/subgroup() copy them to each part.
# Notice a multi-line note and a __notes__ that is not a list.
import inspect


def checked(value):
    try:
        return int(value)
    except ValueError as e:
        e.add_note(f"while checking {value!r}")
        e.add_note("line one\nline two")
        raise


errors = []
for v in ("1", "x", "y"):
    try:
        checked(v)
    except ValueError as e:
        errors.append(e)
print(errors[0].__notes__)
try:
    errors[0].add_note(42)
except TypeError as e:
    print("TypeError:", e)
odd = KeyError("odd")
odd.__notes__ = "not a list"
try:
    odd.add_note("more")
except TypeError as e:
    print("TypeError:", e)
odd.__notes__ = 7
group = ExceptionGroup("checks", [*errors, odd])
group.add_note("the whole batch")
match, rest = group.split(KeyError)
print(match.__notes__, rest.__notes__, rest.__notes__ is group.__notes__)
print(inspect.isasyncgenfunction(checked), inspect.isasyncgen(group))
raise group
