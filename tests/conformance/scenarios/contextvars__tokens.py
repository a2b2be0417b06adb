# ContextVar.set() returns a Token: .var, .old_value (Token.MISSING when the variable had no
# value), and reset(token) puts the old value back (or removes the variable again).
import contextvars

level = contextvars.ContextVar("level", default=0)

t1 = level.set(1)
print(t1.var is level, t1.old_value is contextvars.Token.MISSING, t1.old_value)
t2 = level.set(2)
print(t2.old_value, level.get())
level.reset(t2)
print(level.get())
level.reset(t1)
print(level.get(), level in contextvars.copy_context())
t3 = level.set(5)
t4 = level.set(6)
level.reset(t3)
print(level.get())
print(contextvars.Token.MISSING)
