# Process objects are numbered in creation order across every kind of process: a
# ForkProcess and a plain Process share the counter; the name's number is `_identity`.
import multiprocessing as mp
from multiprocessing.context import ForkProcess

a = mp.Process()
b = ForkProcess()
c = mp.Process(name="given")
d = mp.Process()
print(a.name, b.name, c.name, d.name)
print(a._identity, d._identity, type(b).__name__, isinstance(b, mp.process.BaseProcess))
print(mp.get_context("fork").Process is ForkProcess)
try:
    mp.get_context("nope")
except ValueError as e:
    print("ValueError", e)
