# `import *` is only allowed at module level: inside a function the compiler cannot know
# which local names it would bind, so CPython rejects the whole file before running it.
print("never printed")


def helper():
    from math import *
    return pi


print(helper())
