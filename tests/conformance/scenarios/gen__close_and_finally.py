# Closing a paused generator raises GeneratorExit inside it, so its finally blocks run.
# A generator that yields again while closing is an error, and a generator that is simply
# dropped is closed too. Notice when each "finally" line appears.
def worker(name):
    try:
        print(f"  {name}: step 1")
        yield 1
        print(f"  {name}: step 2")
        yield 2
    except GeneratorExit:
        print(f"  {name}: got GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


w = worker("a")
next(w)
w.close()
print("closed a")
unstarted = worker("b")
unstarted.close()
print("closed b without running it")
for value in worker("c"):
    print("value", value)
    if value == 1:
        break
print("after break")
def stubborn():
    try:
        yield "first"
    except GeneratorExit:
        yield "refuse to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_close():
    try:
        yield 1
    finally:
        return "ignored"
r = returns_on_close()
next(r)
print("close returned", r.close())
def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")
q = raises_on_close()
next(q)
try:
    q.close()
except ValueError as e:
    print("ValueError from close:", e)
