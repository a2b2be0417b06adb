# A datagram to a broadcast address (loopback's 127.255.255.255, or 255.255.255.255) needs
# SO_BROADCAST: without it sendto and connect fail with PermissionError (EACCES), with it
# loopback's broadcast reaches a socket bound to every address on the port. A TCP connect
# to a broadcast address has no route (ENETUNREACH).
import socket

receiver = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
receiver.bind(("", 0))
port = receiver.getsockname()[1]
receiver.settimeout(0.5)

def attempt(what, call, *args):
    try:
        print(what, call(*args))
    except OSError as e:
        print(what, "->", repr(e), e.errno, e.strerror)

sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(sender.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
attempt("sendto loopback broadcast", sender.sendto, b"one", ("127.255.255.255", port))
attempt("sendto limited broadcast", sender.sendto, b"one", ("255.255.255.255", port))
attempt("sendto <broadcast>", sender.sendto, b"one", ("<broadcast>", port))
attempt("connect", sender.connect, ("127.255.255.255", port))
attempt("sendto ordinary", sender.sendto, b"plain", ("127.0.0.1", port))
print(receiver.recvfrom(100)[0])

sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(sender.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
attempt("sendto with SO_BROADCAST", sender.sendto, b"to all", ("127.255.255.255", port))
data, (ip, port) = receiver.recvfrom(100)
print(data, ip, port == sender.getsockname()[1])
attempt("connect with SO_BROADCAST", sender.connect, ("127.255.255.255", port))
print(sender.getpeername() == ("127.255.255.255", port))
sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 0)
attempt("send after clearing it", sender.send, b"again")

stream = socket.socket()
attempt("tcp connect", stream.connect, ("127.255.255.255", 80))
stream.close()
sender.close()
receiver.close()
