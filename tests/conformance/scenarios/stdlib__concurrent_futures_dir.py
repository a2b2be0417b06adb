# concurrent.futures' dir() is its __all__ with __author__ and __doc__ (the executors are
# imported on first use).
import concurrent.futures as cf

print(dir(cf))
print(cf.__author__, cf.ThreadPoolExecutor.__name__, "ProcessPoolExecutor" in dir(cf))
