# A closed socket: _closed is True, and settimeout/setblocking fail with EBADF (the mode is set first).
import socket
s = socket.socket()
s.close()
for f in (lambda: s.settimeout(1), lambda: s.setblocking(False)):
    try:
        print(f())
    except OSError as e:
        print("OSError", e)
s2 = socket.socket()
a = s2._closed
s2.close()
print(a, s2._closed)
