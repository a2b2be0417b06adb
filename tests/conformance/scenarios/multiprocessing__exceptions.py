# multiprocessing's own exception classes and where they live.
import multiprocessing as mp
import concurrent.futures.process as cfp

print(mp.ProcessError, mp.TimeoutError, mp.BufferTooShort, mp.AuthenticationError)
print(issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.ProcessError, Exception))
print(cfp.BrokenProcessPool.__mro__)
