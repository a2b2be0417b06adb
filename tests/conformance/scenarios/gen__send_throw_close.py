# A generator can be driven by hand: next() runs it to the next yield, send(v) makes the
# paused yield return v, throw(e) raises e at the yield, close() raises GeneratorExit there.
# Notice that the first send must be None, and what the generator prints at each step.
def accumulator():
    total = 0
    print("  started")
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("  ignored bad value:", e)
                continue
            print("  got", value)
            if value is None:
                break
            total += value
    finally:
        print("  cleanup, total", total)
    return total


acc = accumulator()
print("first next:", next(acc))
print("send 5:", acc.send(5))
print("send 10:", acc.send(10))
print("throw:", acc.throw(ValueError("nope")))
print("send 1:", acc.send(1))
acc.close()
acc.close()
print("closed; next again:")
try:
    next(acc)
except StopIteration as e:
    print("StopIteration", repr(e.value))
fresh = accumulator()
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)
g = accumulator()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError:", e)
h = accumulator()
next(h)
h.send(2)
try:
    h.send(None)
except StopIteration as e:
    print("returned via StopIteration:", e.value)
