import sched, time, threading
s = sched.scheduler(time.time, time.sleep)
t0 = time.time()
def log(msg):
    print(f"{time.time() - t0:5.2f} {threading.current_thread().name}: {msg}")
def periodic(interval, count):
    log(f"periodic {count}")
    if count > 1:
        s.enter(interval, 1, periodic, (interval, count - 1))
s.enter(1, 1, periodic, (1, 4))
ev = s.enter(10, 1, log, ("never",))
runner = threading.Thread(target=s.run, name="runner")
runner.start()
time.sleep(1.5)
s.enter(0.2, 0, log, ("added from main",))
s.cancel(ev)
log(f"queue has {len(s.queue)}")
runner.join()
log(f"done empty={s.empty()}")
