# ContextVar.reset() refuses a token used once (RuntimeError), a token of another variable
# or made in another context (ValueError), and what is not a token (TypeError).
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b")

t = a.set(1)
a.reset(t)
for label, call in [
    ("twice", lambda: a.reset(t)),
    ("other var", lambda: b.reset(a.set(2))),
    ("other context", lambda: a.reset(contextvars.copy_context().run(a.set, 3))),
    ("not a token", lambda: a.reset("token")),
]:
    try:
        call()
    except (RuntimeError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
a.reset(t)
