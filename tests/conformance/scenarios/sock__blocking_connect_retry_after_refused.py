# A blocking connect that was refused leaves the socket unconnected, as Linux does: recv is
# "not connected", connect_ex reports the refusal again, and a retry loop on the same socket
# connects once a server is listening.
import socket
import threading
import time

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
PORT = probe.getsockname()[1]
probe.close()

c = socket.socket()
print("connect_ex:", c.connect_ex(("127.0.0.1", PORT)))
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
print("connect_ex again:", c.connect_ex(("127.0.0.1", PORT)))
try:
    c.connect(("127.0.0.1", PORT))
except OSError as e:
    print(type(e).__name__, e)
c.close()


def late_server():
    time.sleep(0.25)
    ls = socket.socket()
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    ls.bind(("127.0.0.1", PORT))
    ls.listen()
    conn, _ = ls.accept()
    conn.sendall(b"welcome")
    conn.close()
    ls.close()


server = threading.Thread(target=late_server)
server.start()
s = socket.socket()
for attempt in range(10):
    try:
        s.connect(("127.0.0.1", PORT))
        print("connected on attempt", attempt, s.getpeername()[1] == PORT)
        break
    except ConnectionRefusedError as e:
        print("attempt", attempt, "refused:", e)
        time.sleep(0.1)
print(s.recv(100))
try:
    s.connect(("127.0.0.1", PORT))
except OSError as e:
    print(type(e).__name__, e)
s.close()
server.join()
