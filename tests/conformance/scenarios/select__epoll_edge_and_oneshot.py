# Raw epoll's modes: level-triggered reports a readable socket at every poll; EPOLLET only
# when new data arrives (an edge); EPOLLONESHOT once, then nothing, even for new data, until
# modify() re-arms it. A negative sizehint is refused.
import select
import socket

x, y = socket.socketpair()
ep = select.epoll()


def polls(label, n=2):
    print(label, [[(fd == x.fileno(), mask) for fd, mask in ep.poll(0)] for _ in range(n)])


ep.register(x, select.EPOLLIN)
y.send(b"a")
polls("level")
ep.modify(x, select.EPOLLIN | select.EPOLLET)
polls("edge after modify")
y.send(b"b")
polls("edge after new data")
ep.modify(x, select.EPOLLIN | select.EPOLLONESHOT)
polls("oneshot")
y.send(b"c")
polls("oneshot, new data")
ep.modify(x, select.EPOLLIN | select.EPOLLONESHOT)
polls("re-armed")
print(x.recv(10))
ep.unregister(x)
ep.register(x, select.EPOLLOUT | select.EPOLLET)
polls("writable edge")
ep.close()
for hint in (-1, 5, 0, -2):
    try:
        select.epoll(hint).close()
        print("sizehint", hint, "ok")
    except ValueError as e:
        print("sizehint", hint, "ValueError", e)
x.close()
y.close()
