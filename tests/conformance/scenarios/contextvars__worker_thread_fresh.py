# A new thread starts with an empty context: it sees defaults only, whatever its starter
# set. Context.run can carry a context into it explicitly.
import contextvars
import threading

setting = contextvars.ContextVar("setting", default="default")


def worker(label):
    print(label, "sees", setting.get())
    setting.set(label)


setting.set("main value")
t = threading.Thread(target=worker, args=("plain thread",))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(worker, "thread with ctx.run"))
t.start()
t.join()
print("main sees", setting.get(), "ctx has", ctx[setting])
