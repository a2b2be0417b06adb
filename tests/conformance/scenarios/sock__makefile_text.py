# socket.makefile in text modes: a line protocol over a socket pair read with readline and
# `for line in f`, universal newlines (\r\n and \r become \n), UTF-8 cut by one-byte raw
# reads, every newline= mode, and io.TextIOWrapper's errors.
import io
import socket

a, b = socket.socketpair()
rfile = b.makefile("r", encoding="utf-8", newline=None)
wfile = a.makefile("w", encoding="utf-8")
print(type(rfile).__name__, rfile.mode, wfile.mode, rfile.encoding, rfile.errors)
wfile.write("héllo\r\nwörld\rlast\n")
wfile.flush()
print(repr(rfile.readline()), repr(rfile.readline()))
a.sendall("tail without newline".encode())
a.shutdown(socket.SHUT_WR)
print([line for line in rfile], repr(rfile.readline()), repr(rfile.read()))
wfile.close()
rfile.close()
print(rfile.closed, wfile.closed)
a.close()
b.close()


class OneByte(io.RawIOBase):
    # A raw stream that hands out one byte per read.
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, buffer):
        chunk, self.data = self.data[:1], self.data[1:]
        buffer[:len(chunk)] = chunk
        return len(chunk)


text = io.TextIOWrapper(io.BufferedReader(OneByte("ü€😀\r\nz\r".encode())), encoding="utf-8")
print([text.readline() for _ in range(3)])

for newline in (None, "", "\n", "\r", "\r\n"):
    w = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\nd"), encoding="ascii", newline=newline)
    print(repr(newline), w.readlines())

out = io.BytesIO()
w = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(w.write("x\ny\n"), w.encoding, w.errors, w.line_buffering, w.closed)
w.flush()
print(out.getvalue())
r = io.TextIOWrapper(io.BytesIO("ünïcode text".encode()), encoding="utf-8")
print(repr(r.read(3)), repr(r.read(100)), repr(r.read()))
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as exc:
    print("ValueError:", exc)
try:
    w.write(b"bytes")
except TypeError as exc:
    print("TypeError:", exc)
w.close()
print(w.closed)
try:
    w.write("late")
except ValueError as exc:
    print("ValueError:", exc)
