# recv/recvfrom/recv_into take flags: MSG_PEEK returns what a read would without taking
# it (a datagram stays queued whole, a stream's bytes stay in order), and MSG_DONTWAIT makes
# one call of a blocking socket non-blocking (BlockingIOError when nothing is queued).
# sendto's three-argument form carries flags before the address.
import socket

server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
server.bind(("127.0.0.1", 0))
addr = server.getsockname()
client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
client.sendto(b"first datagram", 0, addr)
client.sendto(b"second", socket.MSG_DONTWAIT, addr)
print(server.recv(5, socket.MSG_PEEK))
data, sender = server.recvfrom(100, socket.MSG_PEEK)
print(data, sender[1] == client.getsockname()[1])
print(server.recv(5), server.recv(100))
try:
    server.recv(100, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print(repr(e))
print(server.getblocking())
client.close()
server.close()

a, b = socket.socketpair()
a.sendall(b"stream bytes", socket.MSG_NOSIGNAL)
buf = bytearray(6)
print(b.recv_into(buf, 6, socket.MSG_PEEK), buf)
print(b.recv(100, socket.MSG_PEEK | socket.MSG_DONTWAIT), b.recv(100))
try:
    b.recv(1, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print(repr(e))
a.shutdown(socket.SHUT_WR)
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
a.close()
b.close()
