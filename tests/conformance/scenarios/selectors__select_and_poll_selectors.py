# selectors.SelectSelector (over select.select) and PollSelector (over select.poll) serve the
# same accept/echo loop as the DefaultSelector: keys, modify, unregister of a closed peer,
# the errors for a second register, an unknown file object and empty events, and a select
# that times out with nothing ready (each waits its timeout).
import selectors, socket

def run(sel_class):
    sel = sel_class()
    print(type(sel).__name__)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen()
    lsock.setblocking(False)
    sel.register(lsock, selectors.EVENT_READ, "accept")
    clients = [socket.create_connection(lsock.getsockname()) for _ in range(3)]
    for i, c in enumerate(clients):
        c.sendall(b"hello %d" % i)
    conns = []
    for rnd in range(6):
        events = sel.select(timeout=0.2)
        print("round", rnd, sorted((k.data if isinstance(k.data, str) else "conn", m) for k, m in events))
        for key, mask in events:
            if key.data == "accept":
                conn, _ = lsock.accept()
                conn.setblocking(False)
                sel.register(conn, selectors.EVENT_READ | selectors.EVENT_WRITE, ["conn"])
                conns.append(conn)
            elif mask & selectors.EVENT_READ:
                data = key.fileobj.recv(100)
                if data:
                    key.fileobj.send(data.upper())
                    sel.modify(key.fileobj, selectors.EVENT_READ, key.data)
                else:
                    sel.unregister(key.fileobj)
                    key.fileobj.close()
        if rnd == 3:
            for c in clients:
                print(c.recv(100))
                c.close()
    print(len(sel.get_map()))
    try:
        sel.register(lsock, selectors.EVENT_READ)
    except KeyError as e:
        print("KeyError")
    try:
        sel.modify(socket.socket(), selectors.EVENT_READ)
    except KeyError as e:
        print("KeyError not registered")
    try:
        sel.register(lsock.fileno() + 100, 0)
    except ValueError as e:
        print(e)
    sel.close()
    lsock.close()
    for c in conns:
        c.close()

run(selectors.SelectSelector)
run(selectors.PollSelector)
run(selectors.DefaultSelector)
