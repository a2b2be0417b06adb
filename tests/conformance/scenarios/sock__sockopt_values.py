# setsockopt/getsockopt as Linux keeps them: a flag option (SO_KEEPALIVE, SO_REUSEADDR,
# TCP_NODELAY) reads back 1 for any nonzero value, a struct option (SO_LINGER) round-trips
# its bytes, getsockopt with a buffer length returns bytes, SO_TYPE/SO_ERROR cannot be set,
# and a value that is neither an int nor bytes is a TypeError.
import socket
import struct

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE), s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 5)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 7)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE), s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER), s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8))
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER), struct.unpack("ii", s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 4), s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 8),
      s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 0), s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 1))
for bad in (-1, 2000):
    try:
        s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, bad)
    except OSError as e:
        print(repr(e))
for opt in (socket.SO_TYPE, socket.SO_ERROR):
    try:
        s.setsockopt(socket.SOL_SOCKET, opt, 1)
    except OSError as e:
        print(repr(e))
for args in ((socket.SOL_SOCKET, socket.SO_KEEPALIVE, "on"), (socket.SOL_SOCKET, socket.SO_KEEPALIVE)):
    try:
        s.setsockopt(*args)
    except TypeError as e:
        print("TypeError:", e)
s.close()
