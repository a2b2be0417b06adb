# A start method's context (get_context("fork")) has the module's whole API: queues, locks,
# events, semaphores, barriers, shared values and arrays, pipes, pools, the process queries;
# a concrete context's start method cannot be set, the default one is chosen once.
import multiprocessing as mp
import multiprocessing.context as mc

if __name__ == "__main__":
    print(mp.get_start_method(allow_none=True))
    ctx = mp.get_context("fork")
    print(type(ctx).__name__, ctx.get_start_method(), ctx.get_context() is ctx)
    print(mp.get_context() is ctx, mp.get_start_method(), isinstance(ctx, mc.BaseContext))
    names = ["Process", "Queue", "JoinableQueue", "SimpleQueue", "Lock", "RLock", "Event",
             "Condition", "Semaphore", "BoundedSemaphore", "Barrier", "Value", "Array",
             "RawValue", "RawArray", "Pipe", "Manager", "Pool", "cpu_count", "current_process",
             "active_children", "parent_process", "get_start_method", "set_start_method",
             "get_context", "freeze_support", "ProcessError", "TimeoutError"]
    print([n for n in names if not hasattr(ctx, n)])
    val, arr = ctx.Value("i", 5), ctx.Array("d", [1.5, 2.5])
    with val.get_lock():
        val.value += 1
    print(val.value, list(arr), ctx.RawValue("i", 3).value, list(ctx.RawArray("i", 2)))
    lock, rlock, sem = ctx.Lock(), ctx.RLock(), ctx.BoundedSemaphore(2)
    print(lock.acquire(), lock.acquire(False), rlock.acquire(), rlock.acquire(), sem.acquire())
    ev = ctx.Event(); ev.set(); print(ev.is_set(), ev.wait(1))
    a, b = ctx.Pipe(); a.send({"k": [1]}); print(b.recv())
    p = ctx.Process(target=print, args=("never",))
    print(p.name, type(p).__name__, p.is_alive(), ctx.current_process().name, ctx.parent_process())
    for call in (lambda: ctx.set_start_method("fork"), lambda: mp.set_start_method("fork"),
                 lambda: mp.get_context("thread")):
        try:
            call()
        except (ValueError, RuntimeError) as e:
            print(type(e).__name__, e)
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True), mp.get_all_start_methods())
