# socket.create_server() makes a listening TCP socket with SO_REUSEADDR set; binding a port
# that is already listening fails with the address in the message. A blocking client
# connects (the kernel completes the handshake by itself) and the server accepts at once.
import socket

server = socket.create_server(("127.0.0.1", 0))
print(server.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0, server.type)
port = server.getsockname()[1]
try:
    socket.create_server(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror.split(" (")[0])
client = socket.create_connection(("127.0.0.1", port))
conn, addr = server.accept()
print(addr[0], conn.getblocking(), client.family)
client.sendall(b"hello")
print(conn.recv(10))
for s in (client, conn, server):
    s.close()
