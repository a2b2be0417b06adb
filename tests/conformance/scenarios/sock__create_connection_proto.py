# socket.create_connection opens its socket with getaddrinfo's answer, so its proto is TCP's
# (6) where socket.socket() says 0; accepted sockets copy the listener's. A closed socket
# with a timeout set fails every call with EBADF, as a blocking one does.
import socket

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
print("create_server:", srv.proto, "socket():", socket.socket().proto)
c = socket.create_connection(("127.0.0.1", port), timeout=1.0)
conn, _ = srv.accept()
print("create_connection:", c.proto, "accepted:", conn.proto, c.gettimeout())
c.close()
print(c)
for name, args in [("send", (b"x",)), ("recv", (1,)), ("sendall", (b"x",)),
                   ("recv_into", (bytearray(1),)), ("sendto", (b"x", ("127.0.0.1", port)))]:
    try:
        getattr(c, name)(*args)
    except OSError as e:
        print(name, type(e).__name__, e)
conn.close()
srv.close()
