# A socket subclass whose __init__ takes its own arguments before socket's (CPython's
# socket.__new__ ignores the arguments; __init__ opens the socket): overrides reach the real
# calls through super(), accepted sockets are plain socket.socket, an __init__ that never
# calls socket's leaves the object unopened (fd -1, EBADF).
import socket

class Conn(socket.socket):
    """A socket that counts what it sends (Stack Overflow: 'how to extend socket')."""
    def __init__(self, label, *args, **kwargs):
        self.label = label
        self.sent = 0
        super().__init__(*args, **kwargs)

    def send(self, data, flags=0):
        n = super().send(data, flags)
        self.sent += n
        return n

    def __repr__(self):
        return f"<Conn {self.label} sent={self.sent}>"

class Plain(socket.socket):
    pass

srv = socket.create_server(("127.0.0.1", 0))
c = Conn("client", socket.AF_INET, socket.SOCK_STREAM)
print(c, c.family, c.type, c.proto, isinstance(c, socket.socket), type(c).__mro__[1])
c.connect(srv.getsockname())
peer, _ = srv.accept()
print(type(peer).__name__)
c.send(b"abc"); c.sendall(b"defg")
print(c, peer.recv(100))
p = Plain()
print(repr(p).split(" laddr")[0], p.gettimeout())
p.settimeout(2)
print(p.timeout, p.getblocking())
u = Plain(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
print(u.type, repr(u).split(" laddr")[0])
u.close()
print(repr(u))
class NoInit(socket.socket):
    def __init__(self):
        pass
n = NoInit()
print(n.fileno())
try:
    n.send(b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    Plain(socket.AF_INET, 99)
except OSError as e:
    print(type(e).__name__, e)
with Conn("w") as w:
    print(w.fileno() > 0)
print(w.fileno())
c.close(); peer.close(); srv.close(); p.close()
