# socket.getprotobyname looks a protocol up in /etc/protocols: the name or an alias,
# case-sensitive ('TCP' is tcp's alias, 'Tcp' is nothing). Old tutorials pass its answer as
# socket.socket's third argument; the socket's proto then shows it.
import socket

for name in ["tcp", "udp", "icmp", "ip", "TCP", "UDP"]:
    print(name, socket.getprotobyname(name))
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.getprotobyname("tcp"))
print(s.proto, s.type, s.family)
s.close()
for bad in ["Tcp", "", "no-such-protocol", 6, None]:
    try:
        socket.getprotobyname(bad)
    except (OSError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
for call in [lambda: socket.getprotobyname(), lambda: socket.getprotobyname("tcp", "x"),
             lambda: socket.getprotobyname(name="tcp"), lambda: socket.getprotobyname("t\0cp")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
