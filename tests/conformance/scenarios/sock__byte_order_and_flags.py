# socket.htons/ntohs/htonl/ntohl swap to network byte order with _socket's argument checks
# (a 16-bit value is read as a C int and takes __index__, a 32-bit one must be an int), and
# the AI_* and MSG_* constants are members of the AddressInfo and MsgFlag IntFlags.
import socket

class Port:
    def __index__(self):
        return 8080

print(socket.htons(80), socket.ntohs(20480), socket.htons(Port()), socket.htons(True))
print(hex(socket.htonl(0x01020304)), socket.ntohl(16777216), socket.htonl(2**32 - 1))
for func in (socket.htons, socket.htonl):
    for value in (-1, 65536, 2**31, 2**32, 2**64, 1.5, "80"):
        try:
            print(func.__name__, value, func(value))
        except (OverflowError, TypeError) as e:
            print(func.__name__, value, type(e).__name__, e)
    for call in (lambda: func(), lambda: func(1, 2), lambda: func(x=1)):
        try:
            call()
        except TypeError as e:
            print(e)

print(repr(socket.AI_PASSIVE), socket.AI_PASSIVE, socket.AI_PASSIVE | socket.AI_NUMERICSERV)
print(repr(socket.AI_PASSIVE | socket.AI_CANONNAME), list(socket.AddressInfo)[:3])
print(repr(socket.MSG_PEEK | socket.MSG_DONTWAIT), socket.MsgFlag(0), socket.MSG_WAITALL)
print(socket.AddressInfo.__mro__[1:3], isinstance(socket.MSG_PEEK, int))
