# multiprocessing.Pipe: both ends, one-way pipes and their errors, a worker process answering
# over a pipe, and the parent closing its copy of the child's end (the child's stays open),
# then the end of the data once the child closed its end.
import multiprocessing as mp

a, b = mp.Pipe()
a.send([1]); print(b.poll(), b.recv(), b.poll(0.1)); b.send('x'); print(a.recv())
r, w = mp.Pipe(duplex=False)
for f in [lambda: r.send(1), lambda: w.recv()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
w.send(2); w.close(); print(r.recv())
try:
    r.recv()
except Exception as e:
    print(type(e).__name__, repr(e))
r.close()
try:
    r.recv()
except Exception as e:
    print(type(e).__name__, e)
print(type(a).__module__, type(a).__name__, a.closed, r.closed, a.readable, w.writable, r.writable)
try:
    a.send(lambda: 0)
except Exception as e:
    print(type(e).__name__, str(e).split(' at ')[0])
a.send_bytes(b'abc'); print(b.recv_bytes())


def worker(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * 2)
    conn.close()


def main2():
    parent_conn, child_conn = mp.Pipe()
    p = mp.Process(target=worker2, args=(child_conn,))
    p.start()
    child_conn.close()
    print(parent_conn.recv())
    parent_conn.send("reply")
    p.join()
    try:
        parent_conn.recv()
    except EOFError:
        print("EOF")


def worker2(conn):
    conn.send("hello")
    print("child got", conn.recv())
    conn.close()


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=worker, args=(child,))
    p.start()
    for x in [1, "ab", [3]]:
        parent.send(x)
        print(parent.recv())
    parent.send(None)
    p.join()
    print(p.exitcode)
    main2()
