# concurrent.futures.process: the executor is found through concurrent.futures too, and
# BrokenProcessPool is a BrokenExecutor (a RuntimeError).
import concurrent.futures
import concurrent.futures.process as process
from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor

print(concurrent.futures.ProcessPoolExecutor is ProcessPoolExecutor)
print(ProcessPoolExecutor.__module__, issubclass(ProcessPoolExecutor, concurrent.futures.Executor))
print(issubclass(BrokenProcessPool, concurrent.futures.BrokenExecutor), BrokenProcessPool("gone"))
print(repr(process._RemoteTraceback("tb")), str(process._RemoteTraceback("text")))
try:
    raise BrokenProcessPool("A child process terminated abruptly")
except RuntimeError as e:
    print(type(e).__name__, e)
