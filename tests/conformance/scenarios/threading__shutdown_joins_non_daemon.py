# When the main thread's code ends, the interpreter waits for every non-daemon thread
# before it exits; daemon threads are not waited for. The writer's lines go on after
# "main: end of the program", the daemon beats meanwhile, and once the writer is done
# the program exits: the daemon's beat due at 3.5 s never comes.
import threading
import time


def writer():
    for i in range(3):
        time.sleep(1)
        print(f"writer: line {i}")


def heartbeat():
    while True:
        time.sleep(0.7)
        print("daemon: beat")


threading.Thread(target=writer, name="writer").start()
threading.Thread(target=heartbeat, daemon=True).start()
time.sleep(1.5)
print("main: end of the program, alive:", sorted(t.name for t in threading.enumerate()))
