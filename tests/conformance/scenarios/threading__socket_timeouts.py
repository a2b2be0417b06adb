# Blocking socket calls with a timeout in threads (rule T9): recv and accept raise
# TimeoutError('timed out') when their timeout passes with the socket still not ready, at
# the virtual time it passes, while other threads sleep and run; data arriving in time ends
# the wait at the moment it is sent.
import socket
import threading
import time

t0 = time.monotonic()


def now():
    return f"{time.monotonic() - t0:.2f}"


def waiter(sock, label):
    sock.settimeout(0.5)
    try:
        data = sock.recv(100)
        print(label, "got", data, "at", now())
    except TimeoutError as exc:
        print(label, "TimeoutError", exc, "at", now(), type(exc) is socket.timeout)


a, b = socket.socketpair()
c, d = socket.socketpair()
threads = [threading.Thread(target=waiter, args=(a, "a")), threading.Thread(target=waiter, args=(c, "c"))]
for t in threads:
    t.start()
time.sleep(0.2)
d.sendall(b"in time")
print("sent at", now())
for t in threads:
    t.join()

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
listener.settimeout(0.3)


def acceptor():
    try:
        listener.accept()
    except TimeoutError as exc:
        print("accept:", exc, "at", now())


t = threading.Thread(target=acceptor)
t.start()
t.join()
for s in (a, b, c, d, listener):
    s.close()
print("done at", now())
