# Generators have gi_* attributes, coroutines cr_*: duck-typed checks rely on it.
def numbers():
    yield 1


async def work():
    pass


g, c = numbers(), work()
for name in ("gi_code", "gi_running", "gi_frame", "cr_code", "cr_running", "cr_frame", "cr_await", "gi_yieldfrom"):
    print(name, hasattr(g, name), hasattr(c, name))
print(g.gi_code.co_name, c.cr_code.co_name, g.gi_running, c.cr_running)
c.close()
