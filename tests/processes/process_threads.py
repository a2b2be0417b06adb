# A process ends after its non-daemon threads (its own threading shutdown); its daemon
# threads end with it: the daemon's print never comes.
import multiprocessing as mp
import threading
import time

def spin(name, d):
    time.sleep(d)
    print(name, "done", flush=True)

def main_of_child():
    threading.Thread(target=spin, args=("worker", 0.2)).start()
    threading.Thread(target=spin, args=("daemon", 5), daemon=True).start()
    print("child main returns", flush=True)

if __name__ == "__main__":
    p = mp.Process(target=main_of_child)
    p.start()
    p.join()
    print("joined", p.exitcode)
    time.sleep(6)
    print("end")
