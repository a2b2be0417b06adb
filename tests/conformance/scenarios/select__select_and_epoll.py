# select.select() reports which sockets are ready among those asked about; select.epoll
# reports raw EPOLL* masks: a socket whose peer closed is readable, writable and hung up
# (EPOLLHUP). A closed epoll object refuses to poll.
import select, socket
a, b = socket.socketpair()
r, w, x = select.select([a, b], [a], [], 0)
print(len(r), w == [a], x)
b.send(b"hi")
r, w, x = select.select([a, b], [], [])
print(r == [a], w, x)
print(a.recv(10))
ep = select.epoll()
ep.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT)
print(ep.poll(0))
b.close()
print(ep.poll(0))
ep.close()
try:
    ep.poll(0)
except ValueError as e:
    print(e)
a.close()
