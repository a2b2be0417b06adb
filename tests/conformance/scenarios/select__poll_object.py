# select.poll() over sockets: register/modify/unregister (a second register keeps the fd's
# place; modify of an unknown fd is ENOENT, unregister KeyError), poll() answers in
# registration order with POLLRDNORM/POLLWRNORM beside POLLIN/POLLOUT when asked, the
# peer's close as POLLIN (POLLRDHUP only when asked), a closed fd as POLLNVAL; bad fds as
# select/poll/epoll read them, select's negative timeout, epoll.closed.
import select
import socket

listener = socket.create_server(("127.0.0.1", 0))
client = socket.create_connection(listener.getsockname())
server, _ = listener.accept()
names = {client.fileno(): "client", server.fileno(): "server", listener.fileno(): "listener"}

def show(events):
    print([(names.get(fd, fd), mask) for fd, mask in events])

p = select.poll()
print(type(p).__name__, select.POLLIN, select.POLLOUT, select.POLLNVAL, select.POLLRDHUP)
p.register(server, select.POLLIN)
p.register(client.fileno(), select.POLLOUT | select.POLLWRNORM)
p.register(listener)
show(p.poll(0))
client.sendall(b"ping")
show(p.poll())
p.register(server, select.POLLIN | select.POLLRDNORM | select.POLLOUT)
show(p.poll(0))
print(server.recv(10))
p.modify(client, select.POLLIN)
show(p.poll(0))
try:
    p.modify(12345, select.POLLIN)
except OSError as e:
    print(repr(e))
p.unregister(listener)
try:
    p.unregister(listener)
except KeyError as e:
    print("KeyError", names[e.args[0]])

client.close()
show(p.poll(0))
p.register(server, select.POLLIN | select.POLLRDHUP)
show(p.poll(0))
print(server.recv(10))

ep = select.epoll()
ep.register(server, select.EPOLLIN)
show(ep.poll(0))
ep.modify(server, select.EPOLLIN | select.EPOLLRDHUP)
show(ep.poll(0))
print(ep.closed)
ep.close()
print(ep.closed)

class NoInt:
    def fileno(self):
        return "3"

for bad in (-1, NoInt(), "fd", 2.5):
    for name, call in (("select", lambda: select.select([bad], [], [], 0)),
                       ("poll", lambda: p.register(bad)),
                       ("epoll", lambda: select.epoll().register(bad))):
        try:
            call()
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(e)
print(select.select([], [], [], 0.25))
server.close()
listener.close()
