# The traceback of a group prints at most 15 sub-exceptions ("and N more exceptions") and
# nests at most 10 groups deep ("... (max_group_depth is 10)"), as the traceback module
# does. Groups built in a function carry that frame in their own "Exception Group
# Traceback". Notice the numbering, the margins and where the printing stops.
def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])


def deep():
    g = ExceptionGroup("level 0", [KeyError("leaf")])
    for i in range(1, 13):
        g = ExceptionGroup(f"level {i}", [g, IndexError(i)])
    raise g


try:
    wide()
except ExceptionGroup as e:
    wide_error = e
try:
    deep()
except ExceptionGroup as e:
    raise ExceptionGroup("both", [wide_error, e])
