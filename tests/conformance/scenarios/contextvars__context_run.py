# Context.run(f, *args, **kwargs) calls f with ctx as the current context: what f sets stays
# in ctx (and is there the next time), the caller's context is untouched. An error in f
# propagates; running a context already entered raises RuntimeError.
import contextvars

n = contextvars.ContextVar("n", default=0)


def bump(step, *, label):
    n.set(n.get() + step)
    return f"{label}: {n.get()}"


ctx = contextvars.copy_context()
print(ctx.run(bump, 1, label="first"))
print(ctx.run(bump, 10, label="second"))
print("outside:", n.get(), "in ctx:", ctx[n])
try:
    ctx.run(ctx.run, bump, 1, label="nested")
except RuntimeError as e:
    print("RuntimeError:", e)
print("still usable:", ctx.run(n.get))


def fail():
    n.set(99)
    raise ValueError("bad")


try:
    ctx.run(fail)
except ValueError as e:
    print("ValueError:", e, ctx[n], n.get())
ctx.run(fail)
