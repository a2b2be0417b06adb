# A socket's read-only `timeout` member follows settimeout()/setblocking(), and
# get_inheritable()/set_inheritable() read back the flag (False for a new socket), both
# failing with EBADF once closed. Messages name the type 'socket' (socket.socket is Python
# code over _socket.socket in CPython), as in a missing attribute or len().
import socket

s = socket.socket()
print(s.timeout, s.get_inheritable())
s.setblocking(False)
print(s.timeout)
s.settimeout(2)
print(s.timeout, s.gettimeout())
s.set_inheritable(True)
print(s.get_inheritable())
try:
    s.no_such_method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(s)
except TypeError as e:
    print("TypeError:", e)
s.close()
print(s.timeout)
for call in (s.get_inheritable, lambda: s.set_inheritable(False)):
    try:
        call()
    except OSError as e:
        print(repr(e))
