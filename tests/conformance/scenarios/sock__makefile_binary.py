# socket.makefile in binary modes: a BufferedReader (readline, read(n), peek, read to EOF,
# iteration) and a BufferedWriter over a socket, their reprs and mode errors; and
# socketserver's StreamRequestHandler reading rfile line by line and writing wfile.
import socket
import socketserver
import threading

a, b = socket.socketpair()
f = a.makefile('rb')
print(repr(f), f.name, f.mode, type(f.raw).__name__, f.raw.mode, f.raw.name)
w = b.makefile('wb')
print(repr(w), w.mode)
w.write(b"first line\nsecond ")
w.write(b"line\nrest")
w.flush()
print(f.readline())
print(f.readline())
print(f.read(2), f.peek()[:2])
w.write(b" and more\n")
w.close()
b.close()
print(f.read())
print(f.readline(), f.read())
for mode, kw in [('x', {}), ('r', {'buffering': 0})]:
    try:
        a.makefile(mode, **kw)
    except ValueError as e:
        print("ValueError:", e)
raw = a.makefile('rb', buffering=0)
print(type(raw).__name__, raw.readable(), raw.writable())
f.close()
print(f.closed, repr(f))


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            print("server got", line)
            self.wfile.write(line.upper())


with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as server:
    t = threading.Thread(target=server.serve_forever, args=(0.1,))
    t.start()
    with socket.create_connection(server.server_address) as c:
        cf = c.makefile('rwb')
        for word in [b"alpha\n", b"beta\n"]:
            cf.write(word)
            cf.flush()
            print("client got", cf.readline())
        cf.close()
    server.shutdown()
    t.join()
a.close()
