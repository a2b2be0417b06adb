# A subclass of socket.socket (a logging wrapper, as tutorials write) keeps the socket's
# behaviour and its own overrides: super().send() reaches the real send, the repr names
# the subclass, and `with` closes it.
import socket

class LoggingSocket(socket.socket):
    def send(self, data, *args):
        print("sending", len(data))
        return super().send(data, *args)

client = LoggingSocket(socket.AF_INET, socket.SOCK_STREAM)
print(type(client).__name__, isinstance(client, socket.socket), client.family, client.type)
server = socket.create_server(("127.0.0.1", 0))
client.connect(server.getsockname())
conn, _ = server.accept()
print(client.send(b"hello"), conn.recv(10))
print(repr(client).split(" fd=")[0])
with client:
    pass
print(client.fileno())
conn.close()
server.close()
