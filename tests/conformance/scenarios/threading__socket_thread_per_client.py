# A blocking echo server in a thread, one handler thread per connection, and client threads:
# a blocking socket call blocks only its own thread (rule T9), so the others run meanwhile;
# a thread blocked on a socket becomes ready once another thread's send or connect reaches it.
import socket
import threading
import time

log = []


def handle(conn, n):
    with conn:
        while True:
            data = conn.recv(16)
            if not data:
                break
            print(f"handler {n} got {data!r}")
            conn.sendall(data.upper())
    print(f"handler {n} done")


def serve(listener, clients):
    handlers = []
    for n in range(clients):
        conn, addr = listener.accept()
        print(f"accepted client {n} from {addr[0]}")
        t = threading.Thread(target=handle, args=(conn, n), name=f"handler-{n}")
        t.start()
        handlers.append(t)
    for t in handlers:
        t.join()
    print("server done")


def client(port, name, words):
    with socket.create_connection(("127.0.0.1", port)) as s:
        for w in words:
            s.sendall(w.encode())
            reply = s.recv(16)
            print(f"{name} sent {w!r}, got {reply!r}")
            time.sleep(0.1)
    print(f"{name} closed at {time.monotonic() - start:.1f}")


start = time.monotonic()
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
port = listener.getsockname()[1]
server = threading.Thread(target=serve, args=(listener, 2))
server.start()
clients = [
    threading.Thread(target=client, args=(port, "alice", ["hi", "there"])),
    threading.Thread(target=client, args=(port, "bob", ["yo"])),
]
for c in clients:
    c.start()
for c in clients:
    c.join()
server.join()
listener.close()
print(threading.active_count())
