# The camelCase aliases threading kept from Python 2 (getName, setDaemon, isSet, notifyAll,
# currentThread, activeCount...) still work but warn: a DeprecationWarning pointing at the
# caller's line, shown once per line since it comes from __main__.
import threading

t = threading.Thread(target=lambda: None, name="t1")
print(t.getName(), t.isDaemon())
t.setName("t2")
t.setDaemon(True)
print(t.name, t.daemon)
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print(threading.currentThread().name, threading.activeCount())
for i in range(2):
    print(t.getName())
def inner():
    return threading.currentThread().getName()
print(inner())
