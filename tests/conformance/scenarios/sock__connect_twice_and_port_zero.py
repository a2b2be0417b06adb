# What the kernel refuses: connecting a socket that a blocking connect() already connected
# (EISCONN, 106; connect_ex answers the same), sending a datagram to port 0 (EINVAL, 22),
# and a stream connect to port 0 (refused).
import socket

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
client = socket.socket()
client.connect(server.getsockname())
for attempt in ("connect again", "connect_ex"):
    try:
        if attempt == "connect again":
            client.connect(server.getsockname())
            print(attempt, "succeeded")
        else:
            print(attempt, client.connect_ex(server.getsockname()))
    except OSError as e:
        print(attempt, type(e).__name__, e.errno, e.strerror)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
try:
    udp.sendto(b"x", ("127.0.0.1", 0))
except OSError as e:
    print("sendto port 0:", type(e).__name__, e)
stream = socket.socket()
try:
    stream.connect(("127.0.0.1", 0))
except OSError as e:
    print("connect port 0:", type(e).__name__, e)
for s in (server, client, udp, stream):
    s.close()
