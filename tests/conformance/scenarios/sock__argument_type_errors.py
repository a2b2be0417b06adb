# What socket's functions say about an argument of the wrong type: CPython's parsers call
# None "None" (not "NoneType"); host names may be bytes; setblocking wants an int;
# create_connection unpacks (host, port) first, with the unpacking statement's errors.
import socket

s = socket.socket()
calls = [
    ("gethostbyname", socket.gethostbyname, [b"127.0.0.1", None, 5]),
    ("gethostbyaddr", socket.gethostbyaddr, [bytearray(b"127.0.0.1"), None]),
    ("gethostbyname_ex", socket.gethostbyname_ex, [None]),
    ("inet_aton", socket.inet_aton, [None, b"1.2.3.4"]),
    ("inet_pton", lambda a: socket.inet_pton(socket.AF_INET, a), [None]),
    ("getservbyname", socket.getservbyname, [None]),
    ("getservbyname 2", lambda a: socket.getservbyname("http", a), [None, 5]),
    ("getservbyport 2", lambda a: socket.getservbyport(80, a), [None]),
    ("setblocking", s.setblocking, [None, 1.5, True, 0]),
    ("recv_into", s.recv_into, [None, b"abc"]),
    ("create_connection", socket.create_connection, [None, ("127.0.0.1",), ("a", 1, 2)]),
]
for name, fn, values in calls:
    for v in values:
        try:
            print(name, repr(v), "->", fn(v))
        except (TypeError, ValueError) as e:
            print(name, repr(v), type(e).__name__, e)
for fn in [socket.gethostbyname, socket.inet_aton, socket.gethostbyaddr, s.setblocking]:
    try:
        fn()
    except TypeError as e:
        print(e)
print(s.getblocking())
s.close()
