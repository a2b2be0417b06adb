# A Future made by hand (as executors do): set_running_or_notify_cancel, set_result,
# cancel's rules (a running or finished future cannot be cancelled), InvalidStateError on a
# second set_result, callbacks added after the end run at once, and the reprs of each state.
import concurrent.futures

f = concurrent.futures.Future()
print(repr(f), f.running(), f.done())
print("running:", f.set_running_or_notify_cancel(), repr(f))
print("cancel while running:", f.cancel())
f.set_result([1, 2])
print(repr(f), f.result())
try:
    f.set_result(3)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError:", str(e).replace(hex(id(f)), "0x..."))
f.add_done_callback(lambda fut: print("late callback sees", fut.result()))

g = concurrent.futures.Future()
print("cancel pending:", g.cancel(), g.cancel(), repr(g))
print("set_running_or_notify_cancel:", g.set_running_or_notify_cancel(), repr(g))
try:
    g.result()
except concurrent.futures.CancelledError as e:
    print("CancelledError:", type(e).__module__, type(e).__mro__[1].__name__)

h = concurrent.futures.Future()
h.set_exception(KeyError("k"))
print(repr(h), repr(h.exception()))
print(h.done(), h.cancel(), h.cancelled())
