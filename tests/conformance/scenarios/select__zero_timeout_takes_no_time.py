# A zero timeout returns at once with what is ready: epoll.poll(0), poll().poll(0),
# select.select(..., 0) and a selector's select(0) with nothing ready leave the clock where it
# was (the timer slack a wait that times out adds is not paid by a call that does not wait).
import select
import selectors
import socket
import time

a, b = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ)
t = time.monotonic()
for _ in range(100):
    sel.select(0)
print("selector", sel.select(0), f"{time.monotonic() - t:.6f}")

ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN)
t = time.monotonic()
print("epoll", ep.poll(0), f"{time.monotonic() - t:.6f}")

p = select.poll()
p.register(a, select.POLLIN)
t = time.monotonic()
print("poll", p.poll(0), f"{time.monotonic() - t:.6f}")

t = time.monotonic()
print("select", select.select([a], [], [], 0), f"{time.monotonic() - t:.6f}")

b.send(b"x")
print("ready", [k.fd == a.fileno() for k, _ in sel.select(0)], ep.poll(0) == [(a.fileno(), select.EPOLLIN)],
      p.poll(0) == [(a.fileno(), select.POLLIN)], f"{time.monotonic() - t:.6f}")
ep.close()
sel.close()
a.close()
b.close()
