# A threading.local subclass's class attributes are defaults: a thread's own value wins over
# them (and over methods it overrides), each thread starts from the defaults, and the
# table the local keeps is no attribute.
import threading

class Context(threading.local):
    user = "anonymous"
    def greet(self):
        return f"hi {self.user}"

ctx = Context()
print(ctx.user, ctx.greet())
ctx.user = "alice"
ctx.greet = lambda: "instance override"
print(ctx.user, ctx.greet(), sorted(vars(ctx)))

def worker():
    print("worker sees", ctx.user, ctx.greet())
    ctx.user = "bob"
    print("worker set", ctx.user)

t = threading.Thread(target=worker)
t.start()
t.join()
print("main keeps", ctx.user, hasattr(ctx, "_local__dicts"), hasattr(ctx, "missing"))
try:
    threading.local().value
except AttributeError as e:
    print(e)
del ctx.user
print(ctx.user)
