# weakref.finalize at interpreter exit: the finalizers still pending whose atexit is true run
# after the atexit callbacks registered later (newest first); a raising one prints its
# traceback and the others still run; one for an object that died ran already.
import asyncio, atexit, weakref

class Conn:
    def __init__(self, name): self.name = name

def closed(name): print("finalized", name)
def boom(): raise RuntimeError("finalizer failed")

a, b, c = Conn("a"), Conn("b"), Conn("c")
weakref.finalize(a, closed, "a")
fb = weakref.finalize(b, closed, "b")
fc = weakref.finalize(c, closed, "c")
fc.atexit = False
weakref.finalize(Conn("tmp"), closed, "tmp")
atexit.register(print, "atexit registered after the finalizers")
d = Conn("d")
weakref.finalize(d, boom)

async def main():
    e = Conn("e")
    weakref.finalize(e, closed, "e")
    await asyncio.sleep(0.1)
    print("main done", fb.alive)

asyncio.run(main())
print("end of module")
