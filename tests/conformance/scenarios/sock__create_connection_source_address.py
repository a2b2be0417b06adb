# socket.create_connection's source_address: the client socket is bound there before it
# connects (the server sees that address as the peer; ('', 0) picks any port); binding to an
# address in use (the listener's own) is EADDRINUSE.
import socket

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
c = socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.1", 0))
conn, addr = srv.accept()
print(addr == c.getsockname(), addr[0])
c2 = socket.create_connection(("127.0.0.1", port), 2.0, ("", 0))
print(c2.gettimeout(), c2.getsockname()[0])
try:
    socket.create_connection(("127.0.0.1", port), source_address=("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno)
for s in (c, c2, conn, srv):
    s.close()
