# The interpreter's own display of an uncaught exception (C in CPython) ends a NameError or
# AttributeError with its "Did you mean" hint: at exit, in a thread's default excepthook and
# through sys.excepthook called directly. traceback's functions and str(e) have none.
import sys
import threading
import traceback


class Account:
    def __init__(self):
        self.balance = 10


def worker():
    total = 3
    print(totl)


t = threading.Thread(target=worker, name="worker")
t.start()
t.join()

try:
    Account().balanse
except AttributeError as e:
    print("str:", e)
    print("format:", traceback.format_exception_only(type(e), e)[-1].strip())
    sys.excepthook(type(e), e, e.__traceback__)

import math

print(math.pi)
print(math.sine(1))
