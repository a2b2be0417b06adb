# socket.socketpair() makes connected Unix stream sockets; the message-preserving kinds
# (SOCK_DGRAM, SOCK_SEQPACKET) are not simulated yet: the run stops, naming them.
# xfail: Unix datagram and seqpacket socket pairs are not supported yet
import socket

a, b = socket.socketpair()
print(a.type, a.family)
a.send(b"one")
a.send(b"two")
print(b.recv(100))
c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
c.send(b"x")
c.send(b"y")
print(c.type, d.recv(100), d.recv(100))
for s in (a, b, c, d):
    s.close()
