# A timeout of the wrong type, as each call words it: settimeout/setdefaulttimeout "cannot be
# interpreted as an integer", epoll.poll and poll.poll "must be an integer or None", select
# "must be a float or None"; NaN and negative socket timeouts; bool timeouts are numbers.
import select, socket
s = socket.socket()
a, b = socket.socketpair()
for v in ["1", [1], b"2"]:
    for name, call in (("settimeout", lambda: s.settimeout(v)),
                       ("setdefaulttimeout", lambda: socket.setdefaulttimeout(v)),
                       ("epoll.poll", lambda: select.epoll().poll(v)),
                       ("poll.poll", lambda: select.poll().poll(v)),
                       ("select", lambda: select.select([a], [], [], v))):
        try:
            call()
        except TypeError as e:
            print(name, e)
for v in (float("nan"), -1, -0.5):
    try:
        s.settimeout(v)
    except ValueError as e:
        print("settimeout", v, e)
print(select.select([a], [b], [], True))
p = select.poll()
p.register(b, select.POLLOUT)
print(p.poll(1.5), p.poll(True))
