# The machine's cores are the virtual ones: os.cpu_count() and multiprocessing.cpu_count()
# agree (8, as the harness fixes it), and that is the default size of a process pool.
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

print(os.cpu_count(), multiprocessing.cpu_count())
with ProcessPoolExecutor() as ex:
    print(ex._max_workers)
