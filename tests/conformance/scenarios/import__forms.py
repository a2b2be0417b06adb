# The forms of import: `import a.b` binds only `a` (with `b` loaded as its attribute),
# `import a.b as c` binds the submodule, `from a import b` binds `b`, and `as` renames.
# Notice a missing module or name is an ImportError subclass with a .name attribute.
import asyncio
import collections.abc
import os.path as osp
from asyncio import sleep as nap, run
from collections import deque, Counter as Tally

print(type(collections).__name__, collections.__name__, collections.abc.__name__)
print(osp.join("a", "b"), osp.basename("dir/file.py"), osp.splitext("x.tar.gz"))
print(asyncio.sleep is nap, run is asyncio.run, Tally("aab")["a"], deque([1]))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))


async def main():
    await nap(1)
    import math
    from itertools import count
    print("imported inside a function:", math.sqrt(16), next(count(5)))


run(main())
print("math" in dir())
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from asyncio import no_such_name
except ImportError as e:
    print(type(e).__name__, "| name:", e.name)
try:
    import os.no_such_sub
except ImportError as e:
    print(type(e).__name__ + ":", e)
import asyncio.does_not_exist
