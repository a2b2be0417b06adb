# The textbook threaded test server: socketserver's serve_forever in a daemon thread, one
# client exchange from the main thread, and no shutdown() before the program ends.
import socketserver, threading, socket

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())

server = socketserver.TCPServer(("127.0.0.1", 0), Echo)
port = server.server_address[1]
threading.Thread(target=server.serve_forever, daemon=True).start()
with socket.create_connection(("127.0.0.1", port)) as s:
    s.sendall(b"hello\n")
    print(s.recv(100))
print("done")
