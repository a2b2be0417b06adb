# A Process object before start(): named Process-N in creation order, not alive, no pid or
# exit code yet; name and daemon can be set; joining or asking its sentinel fails.
import multiprocessing as mp


def work():
    pass


p = mp.Process(target=work)
q = mp.Process(target=work, name="custom", daemon=True)
print(p.name, p.daemon, p.pid, p.exitcode, p.is_alive(), p.ident)
print(q.name, q.daemon)
p.name = "renamed"
p.daemon = True
print(p.name, p.daemon, mp.Process().name)
try:
    p.join()
except AssertionError as e:
    print("AssertionError", e)
try:
    p.sentinel
except ValueError as e:
    print("ValueError", e)
try:
    mp.Process(group=1)
except AssertionError as e:
    print("AssertionError", e)
