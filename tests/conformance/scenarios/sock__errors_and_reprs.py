# What socket operations raise, as OSError subclasses with errno and strerror: a port in
# use, a recv with nothing queued on a non-blocking socket, a peer name before connecting,
# anything on a closed socket. A socket's repr shows its fd, family, type and addresses,
# and [closed] once closed.
import errno
import socket

s = socket.socket()
print(repr(s))
print(s.family, s.type, s.proto, s.fileno(), s.gettimeout(), s.getblocking())
s.bind(("127.0.0.1", 0))
s.listen()
port = s.getsockname()[1]
t = socket.socket()
try:
    t.bind(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
try:
    t.getpeername()
except OSError as e:
    print(repr(e))
t.setblocking(False)
print(t.gettimeout(), t.getblocking())
a, b = socket.socketpair()
print(repr(a))
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print(repr(e), e.errno, str(e))
for x in (s, t, a, b):
    x.close()
print(repr(a))
print(a.fileno())
try:
    a.send(b"x")
except OSError as e:
    print(repr(e))
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    print(repr(u))
print(repr(u))
try:
    socket.socket().recv(-1)
except ValueError as e:
    print(repr(e))
