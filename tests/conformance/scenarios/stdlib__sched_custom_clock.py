import sched, time, threading
# custom virtual clock
clock = [0]
def now(): return clock[0]
def sleep(d):
    print("  sleep", d)
    clock[0] += d
s = sched.scheduler(now, sleep)
def tick(n):
    print("tick", n, "at", now())
    if n < 3:
        s.enter(10, 1, tick, (n + 1,))
s.enter(0, 1, tick, (0,))
s.enterabs(15, 0, print, ("abs at 15",), {"sep": "-"})
s.run()
ev = s.enterabs(5, 2, print, ("x",))
print(repr(ev).replace(repr(print), "<print>"))
print(ev == sched.Event(5, 2, ev.sequence, print, ("x",), {}))
# exception from an action leaves scheduler usable
def boom(): raise RuntimeError("boom")
s2 = sched.scheduler(now, sleep)
s2.enter(1, 1, boom)
s2.enter(2, 1, print, ("after boom",))
try:
    s2.run()
except RuntimeError as e:
    print("caught", e, len(s2.queue))
s2.run()
# default scheduler with threads
s3 = sched.scheduler()
t0 = time.monotonic()
def hello(who):
    print(f"{time.monotonic() - t0:.2f} hello {who} from {threading.current_thread().name}")
for i, who in enumerate(["a", "b", "c"]):
    s3.enter(0.5 * (3 - i), i, hello, (who,))
th = threading.Thread(target=s3.run, name="sched-thread")
th.start(); th.join()
# same time, same priority -> sequence order
s4 = sched.scheduler(now, sleep)
for w in "xyz":
    s4.enterabs(100, 1, print, (w,))
print([e.argument for e in s4.queue])
s4.run()
try:
    s4.enter("x", 1, print)
except TypeError as e:
    print("TypeError", e)
