# socketserver from its documentation's examples: a TCPServer answering one request with
# handle_request in a thread, then a ThreadingMixIn server in serve_forever with a thread per
# request; shutdown() returns once serve_forever notices, at its next poll (0.5 s).
import socketserver
import threading
import socket

class MyTCPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.data = self.request.recv(1024).strip()
        print("{} wrote:".format(self.client_address[0]))
        print(self.data)
        self.request.sendall(self.data.upper())

class ThreadedHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data = str(self.request.recv(1024), 'ascii')
        cur_thread = threading.current_thread()
        response = bytes("{}: {}".format(cur_thread.name, data), 'ascii')
        self.request.sendall(response)

class ThreadedTCPServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    pass

def client(ip, port, message):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.connect((ip, port))
        sock.sendall(bytes(message, 'ascii'))
        response = str(sock.recv(1024), 'ascii')
        print("Received: {}".format(response))

with socketserver.TCPServer(("127.0.0.1", 0), MyTCPHandler) as server:
    port = server.server_address[1]
    t = threading.Thread(target=server.handle_request)
    t.start()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"hello world\n")
        print(sock.recv(1024))
    t.join()

server = ThreadedTCPServer(("localhost", 0), ThreadedHandler)
with server:
    ip, port = server.server_address
    server_thread = threading.Thread(target=server.serve_forever)
    server_thread.daemon = True
    server_thread.start()
    print("Server loop running in thread:", server_thread.name)
    client(ip, port, "Hello World 1")
    client(ip, port, "Hello World 2")
    client(ip, port, "Hello World 3")
    server.shutdown()
print("done", threading.active_count())
