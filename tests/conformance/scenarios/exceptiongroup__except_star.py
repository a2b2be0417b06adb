# except* handles the matching part of an ExceptionGroup: each clause receives a group of
# just its kind, every matching clause runs (at most once), and what no clause matched is
# re-raised as a smaller group. Notice the group each clause receives.
def fail_many():
    raise ExceptionGroup(
        "batch failed",
        [ValueError("bad value 1"), TypeError("bad type"), ValueError("bad value 2"), KeyError("k")],
    )


try:
    fail_many()
except* ValueError as group:
    print("ValueError part:", repr(group))
    print("  exceptions:", group.exceptions)
except* TypeError as group:
    print("TypeError part:", group.message, group.exceptions)
except* LookupError as group:
    print("LookupError part:", group.exceptions)

try:
    try:
        fail_many()
    except* (ValueError, TypeError) as group:
        print("handled", len(group.exceptions), "of them")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    raise OSError("naked")
except* OSError as group:
    print("a plain exception arrives wrapped:", repr(group))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("from the handler")
except ExceptionGroup as eg:
    print("handler raised:", repr(eg), "| context:", repr(eg.exceptions[0].__context__))
