# selectors.DefaultSelector and select.select in a thread and in the main thread (rule T9):
# a select with a timeout waits in virtual time, ends early when another thread's send
# makes a registered socket ready, and returns the sockets ready then (and [] at its timeout).
import select, selectors, socket, threading, time

def watcher(sel, rounds):
    for i in range(rounds):
        events = sel.select(timeout=0.25)
        print(f"{time.monotonic():.3f} round {i}:", sorted(key.data for key, _ in events))
        for key, _ in events:
            print("  read", key.fileobj.recv(100))

a, b = socket.socketpair()
c, d = socket.socketpair()
sel = selectors.DefaultSelector()
sel.register(a, selectors.EVENT_READ, "a")
sel.register(c, selectors.EVENT_READ, "c")
t = threading.Thread(target=watcher, args=(sel, 4))
t.start()
time.sleep(0.1)
b.send(b"one")
time.sleep(0.5)
d.send(b"two")
b.send(b"three")
t.join()
r, w, x = select.select([a, c], [a], [], 0.3)
print(len(r), len(w), len(x), f"{time.monotonic():.3f}")
r, w, x = select.select([a, c], [], [], 0.3)
print(len(r), len(w), len(x), f"{time.monotonic():.3f}")
for s in (a, b, c, d):
    s.close()
sel.close()
