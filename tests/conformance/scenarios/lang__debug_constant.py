# `__debug__` is True (no -O), a builtin as True, False and None are.
import builtins

print(__debug__, builtins.__debug__, builtins.True, builtins.False, builtins.None)
print([n for n in ("True", "False", "None", "__debug__") if n in dir(builtins)])
if __debug__:
    print("checks on")


def check(x):
    if __debug__ and x < 0:
        return "negative"
    return "fine"


print(check(-1), check(1))
