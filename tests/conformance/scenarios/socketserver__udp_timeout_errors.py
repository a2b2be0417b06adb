# socketserver's other paths: a ThreadingUDPServer with a DatagramRequestHandler, a
# handle_request that times out (handle_timeout, the clock past the deadline by the timer
# slack), verify_request refusing, and a handler's exception reported by handle_error.
import socket
import socketserver
import threading
import time


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print("udp got", data, "from", self.client_address[0])
        self.wfile.write(data.upper())


class Faulty(socketserver.BaseRequestHandler):
    def handle(self):
        msg = self.request.recv(100)
        if msg == b"boom":
            raise ValueError("bad request: " + msg.decode())
        self.request.sendall(b"ok")


class Picky(socketserver.TCPServer):
    allow_reuse_address = True
    timeout = 0.2

    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return self.accepted < 1

    def process_request(self, request, client_address):
        self.accepted += 1
        super().process_request(request, client_address)

    def handle_error(self, request, client_address):
        # The report names the client's address; its port is ephemeral, so only the host.
        super().handle_error(request, client_address[0])

    def handle_timeout(self):
        print("timed out at", round(time.monotonic(), 3))


with socketserver.ThreadingUDPServer(("127.0.0.1", 0), Upper) as udp:
    t = threading.Thread(target=udp.serve_forever, kwargs={"poll_interval": 0.1})
    t.start()
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"hello", udp.server_address)
    print("reply", c.recvfrom(100)[0])
    c.close()
    udp.shutdown()
    t.join()
print(repr(udp.socket))

server = Picky(("127.0.0.1", 0), Faulty)
server.accepted = 0
print(server.server_address[0], server.socket.type, server.timeout)
server.handle_request()
port = server.server_address[1]


def talk(msg):
    with socket.create_connection(("127.0.0.1", port)) as s:
        s.sendall(msg)
        print(msg, "->", s.recv(100))


for msg in (b"boom", b"second"):
    t = threading.Thread(target=talk, args=(msg,))
    t.start()
    server.handle_request()
    t.join()
server.server_close()
print("closed", server.socket.fileno())
