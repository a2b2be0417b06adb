# A subclass of threading.local runs its __init__ again (with the original arguments) in
# every thread that first touches the object, so each thread starts from the same defaults;
# class attributes and methods are shared.
import threading
import time


class Settings(threading.local):
    unit = "ms"

    def __init__(self, level):
        print(f"  __init__({level}) in {threading.current_thread().name}")
        self.level = level

    def describe(self):
        return f"level={self.level} unit={self.unit}"


settings = Settings(1)


def worker(n):
    print(f"{threading.current_thread().name}: {settings.describe()}")
    settings.level = n
    time.sleep(n / 10)
    print(f"{threading.current_thread().name}: now {settings.describe()}")


threads = [threading.Thread(target=worker, args=(n,), name=f"w{n}") for n in (2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main:", settings.describe())
