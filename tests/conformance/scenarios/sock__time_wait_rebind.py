# The side that closes a TCP connection first holds its address in TIME_WAIT: binding the
# port again needs SO_REUSEADDR (a server restarted on its port).
import socket


def serve_once(port=0, reuse=False):
    listener = socket.socket()
    if reuse:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen()
    port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", port))
    conn, _ = listener.accept()
    conn.sendall(b"bye")
    conn.close()  # the server closes first
    print("client got", client.recv(10), client.recv(10))
    client.close()
    listener.close()
    return port


port = serve_once()
# The closed connection did not set SO_REUSEADDR: the port stays taken either way.
for reuse in (False, True):
    s = socket.socket()
    if reuse:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind(("127.0.0.1", port))
        print("reuse", reuse, "bound")
    except OSError as e:
        print("reuse", reuse, type(e).__name__, e.errno, e.strerror)
    s.close()
# Servers that set SO_REUSEADDR (as asyncio's do) restart on their port at once.
reused = serve_once(reuse=True)
print("restart with reuse:", serve_once(reused, reuse=True) == reused)
try:
    socket.socket().bind(("127.0.0.1", reused))
except OSError as e:
    print("without reuse:", e)

# The client closing first leaves the server's port free.
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
port2 = listener.getsockname()[1]
client = socket.create_connection(("127.0.0.1", port2))
conn, _ = listener.accept()
client.close()
print("server got", conn.recv(10))
conn.close()
listener.close()
s = socket.socket()
s.bind(("127.0.0.1", port2))
print("rebound after a client-first close")
s.close()
