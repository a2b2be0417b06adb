# Blocking socket calls with a timeout in a program without threads: nothing can make them
# ready, so each waits out its timeout on the clock and raises TimeoutError; a makefile
# that timed out refuses further reads, as CPython's SocketIO does.
import socket
import time

a, b = socket.socketpair()
b.settimeout(0.25)
start = time.monotonic()
for call in (lambda: b.recv(10), lambda: b.recv_into(bytearray(4)), lambda: b.recvfrom(10)):
    try:
        call()
    except TimeoutError as exc:
        print("TimeoutError:", exc, round(time.monotonic() - start, 3))

f = b.makefile("rb")
a.sendall(b"no newline")
try:
    f.readline()
except TimeoutError as exc:
    print("readline TimeoutError:", exc, round(time.monotonic() - start, 3))
try:
    f.readline()
except OSError as exc:
    print(type(exc).__name__, exc)
f.close()

listener = socket.create_server(("127.0.0.1", 0))
listener.settimeout(0.5)
try:
    listener.accept()
except TimeoutError as exc:
    print("accept TimeoutError:", exc, round(time.monotonic() - start, 3))
a.sendall(b"ready")
print(b.recv(10), round(time.monotonic() - start, 3))
for s in (a, b, listener):
    s.close()
