# The selectors module without asyncio: DefaultSelector is EpollSelector. register()
# returns a SelectorKey; select(timeout) reports (key, events) for what is ready, and
# nothing when nothing is ready; modify() changes the interest or the data.
import selectors
import socket

sel = selectors.DefaultSelector()
print(type(sel).__name__)
a, b = socket.socketpair()
a.setblocking(False)
key = sel.register(a, selectors.EVENT_READ, data="reader")
print(key.fd == a.fileno(), key.events, key.data)
print(sel.select(0))
b.send(b"hello")
for k, ev in sel.select(1):
    print(k.data, ev, k.fileobj.recv(10))
print(sel.select(0))
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
print([(e, k.data) for k, e in sel.select()])
try:
    sel.register(a, selectors.EVENT_READ)
except KeyError:
    print("already registered")
try:
    sel.register(b, 4)
except ValueError as e:
    print(repr(e))
print(len(sel.get_map()), sel.get_key(a).events)
sel.unregister(a)
try:
    sel.get_key(a)
except KeyError:
    print("not registered")
sel.close()
a.close()
b.close()
