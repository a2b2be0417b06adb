# A Context is a read-only mapping of ContextVar -> value: ctx[var], get, in, len,
# iteration, keys/values/items; a key that is not a ContextVar is a TypeError, a missing one
# a KeyError. copy_context() snapshots the current context: later sets do not show in it.
import contextvars

x = contextvars.ContextVar("x")
y = contextvars.ContextVar("y", default=10)
x.set(1)
ctx = contextvars.copy_context()
x.set(2)
y.set(20)
print(ctx[x], x.get(), len(ctx), x in ctx, y in ctx)
print(ctx.get(y), ctx.get(y, "none"), ctx.get(x, "none"))
now = contextvars.copy_context()
print(len(now), sorted(v.name for v in now))
print(sorted(v.name for v in now.keys()), sorted(now.values()))
print(sorted((k.name, v) for k, v in now.items()))
print(ctx == ctx.copy(), ctx == now, ctx != now, ctx == 1)
print(len(contextvars.Context()))
try:
    ctx[y]
except KeyError as e:
    print("KeyError", e.args[0] is y)
for bad in (lambda: ctx["x"], lambda: "x" in ctx, lambda: ctx.get(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    contextvars.Context(ctx)
except TypeError as e:
    print("TypeError:", e)
