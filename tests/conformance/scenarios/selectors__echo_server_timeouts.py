# A single-threaded selectors server (accept, read, echo) and a blocking client: each
# sel.select(timeout) that finds nothing ready waits its timeout in virtual time.
import socket
import selectors
import asyncio

sel = selectors.DefaultSelector()

def accept(sock, mask):
    conn, addr = sock.accept()
    print('accepted from', addr[0])
    conn.setblocking(False)
    sel.register(conn, selectors.EVENT_READ, read)

def read(conn, mask):
    data = conn.recv(1000)
    if data:
        print('echoing', repr(data), 'to', conn.getpeername()[0])
        conn.send(data)
    else:
        print('closing', conn.fileno() > 0)
        sel.unregister(conn)
        conn.close()

sock = socket.socket()
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(('localhost', 0))
sock.listen(100)
sock.setblocking(False)
port = sock.getsockname()[1]
sel.register(sock, selectors.EVENT_READ, accept)

client = socket.create_connection(('localhost', port))
client.sendall(b'hello world')
for _ in range(3):
    events = sel.select(timeout=0.1)
    for key, mask in events:
        callback = key.data
        callback(key.fileobj, mask)
print(client.recv(100))
client.shutdown(socket.SHUT_WR)
for _ in range(2):
    for key, mask in sel.select(timeout=0.1):
        key.data(key.fileobj, mask)
print(client.recv(100))
client.close()
print(len(sel.get_map()))
sel.close()
sock.close()
