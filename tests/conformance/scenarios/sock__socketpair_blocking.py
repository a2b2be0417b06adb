# Plain blocking sockets, no event loop: what one end sends is queued at the other before
# send() returns, so recv() returns at once. sendall() sends everything; recv_into() fills a
# bytearray; after shutdown(SHUT_WR) the peer reads b'' (end of stream).
import socket

a, b = socket.socketpair()
print(a.send(b"hello"), b.recv(100))
a.sendall(b"x" * 5000)
got = 0
while got < 5000:
    got += len(b.recv(1000))
print("received", got)
buf = bytearray(8)
b.send(b"abc")
print(a.recv_into(buf), buf)
view = memoryview(buf)[4:]
b.send(b"wxyz!")
print(a.recv_into(view, 2), buf)
print(a.recv(10))
b.shutdown(socket.SHUT_WR)
print(a.recv(10))
a.close()
b.close()
