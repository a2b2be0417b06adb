# multiprocessing.Queue between a producer and a consumer process, a timed-out get, a
# JoinableQueue, a SimpleQueue and a closed queue.
import multiprocessing as mp
import queue
import time

def producer(q, n):
    for i in range(n):
        q.put(("item", i))
        time.sleep(0.1)
    q.put(None)

def consumer(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        out.put(item[1] * 10)

if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    procs = [mp.Process(target=producer, args=(q, 3)), mp.Process(target=consumer, args=(q, out))]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([out.get() for _ in range(3)], out.empty())
    try:
        out.get(timeout=0.1)
    except queue.Empty:
        print("Empty")
    jq = mp.JoinableQueue()
    jq.put(1)
    print(jq.get(), jq.qsize())
    jq.task_done()
    jq.join()
    sq = mp.SimpleQueue()
    sq.put([1, 2])
    print(sq.get(), sq.empty(), type(q).__module__, type(q).__name__)
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
