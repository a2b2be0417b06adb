# Worker threads that block inside a `for` statement's iteration: `for item in iter(q.get,
# None)` (the poison-pill idiom), `for line in sock.makefile()` and a ThreadingTCPServer
# handler reading `for line in self.rfile`, with several of them waiting at once.
import queue
import socket
import socketserver
import threading
import time

jobs = queue.Queue()
done = queue.Queue()


def worker(name):
    for job in iter(jobs.get, None):
        time.sleep(0.1 * job)
        done.put((name, job))
    print(name, "stops at", round(time.monotonic(), 1))


workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(3)]
for w in workers:
    w.start()
for job in [3, 1, 2, 1]:
    jobs.put(job)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
print(sorted(done.get() for _ in range(4)))

pairs = [socket.socketpair() for _ in range(2)]


def reader(name, sock):
    with sock.makefile("r") as lines:
        for line in lines:
            print(name, "got", line.rstrip(), "at", round(time.monotonic(), 1))
    print(name, "reached EOF")


readers = [threading.Thread(target=reader, args=(n, p[1])) for n, p in zip("ab", pairs)]
for r in readers:
    r.start()
time.sleep(0.1)
for (writer, _), text in zip(pairs, [b"x1\nx2\n", b"y1\n"]):
    writer.sendall(text)
    time.sleep(0.1)
for writer, _ in pairs:
    writer.close()
for r in readers:
    r.join()


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())
        print("handler saw EOF")


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper)
server.daemon_threads = True
port = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()


def client(i):
    with socket.create_connection(("127.0.0.1", port)) as s:
        for j in range(2):
            s.sendall(f"c{i} m{j}\n".encode())
            print(i, s.recv(100))
            time.sleep(0.1)


clients = [threading.Thread(target=client, args=(i,)) for i in range(2)]
for c in clients:
    c.start()
for c in clients:
    c.join()
time.sleep(0.1)
server.shutdown()
server.server_close()
print("server closed")
