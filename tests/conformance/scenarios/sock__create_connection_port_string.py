# socket.create_connection resolves its address through getaddrinfo: a port may be a string.
import socket
import threading

server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]


def accept_two():
    for _ in range(2):
        conn, _ = server.accept()
        conn.sendall(b"hi")
        conn.close()


worker = threading.Thread(target=accept_two)
worker.start()
for p in (str(port), port):
    with socket.create_connection(("127.0.0.1", p)) as c:
        print(type(p).__name__, c.recv(10))
worker.join()
try:
    socket.create_connection(("127.0.0.1", "no-such-service"))
except OSError as e:
    print(type(e).__name__, e)
server.close()
