# `threading.local().__dict__` and `vars()` show the running thread's own attributes.
import threading

data = threading.local()
data.user = "main"
data.depth = 0
print(data.__dict__, sorted(vars(data)))


def worker(name):
    print(name, "starts with", vars(data))
    data.user = name
    data.__dict__["extra"] = len(name)
    print(name, "has", data.__dict__, data.extra)


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in threads:
    t.start()
    t.join()
print("main still has", data.__dict__)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
