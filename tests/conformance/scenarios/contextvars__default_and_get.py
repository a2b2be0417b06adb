# ContextVar.get(): the value set in the current context, else the default passed to get(),
# else the variable's own default, else LookupError naming the variable (its repr).
import contextvars

user = contextvars.ContextVar("user", default="anonymous")
retries = contextvars.ContextVar("retries")

print(user.name, retries.name)
print(user.get(), user.get("guest"))
print(retries.get(3))
try:
    retries.get()
except LookupError as e:
    print("LookupError:", e)
    print(e.args[0] is retries)
user.set("ada")
retries.set(0)
print(user.get(), user.get("guest"), retries.get(), retries.get(5))
try:
    user.name = "other"
except AttributeError as e:
    print("AttributeError")
retries.get()
