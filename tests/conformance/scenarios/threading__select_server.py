# A select()-based echo server in a thread: select.select blocks only its thread (rule T9) and
# wakes when another thread's connect or send makes one of its sockets ready; the clients
# in the main thread block in recv until the server's thread answers.
import select, socket, threading

def select_server(listener, rounds):
    inputs = [listener]
    served = 0
    while served < rounds:
        readable, _, _ = select.select(inputs, [], [])
        for s in readable:
            if s is listener:
                conn, _ = s.accept()
                inputs.append(conn)
            else:
                data = s.recv(100)
                if data:
                    s.sendall(b"ok " + data)
                else:
                    inputs.remove(s)
                    s.close()
                    served += 1
    print("server served", served)

listener = socket.create_server(("127.0.0.1", 0))
port = listener.getsockname()[1]
t = threading.Thread(target=select_server, args=(listener, 2))
t.start()
for word in ["x", "y"]:
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(word.encode())
        print(c.recv(100))
t.join()
listener.close()
