# A pending task that dies (its loop closed before it ran) is reported with its done
# callbacks, as its repr shows them: a built-in by name, a function with where it is
# defined, more than two as the first, a count and the last.
import asyncio


async def job():
    await asyncio.sleep(1)


def on_done(task):
    print("done", task.get_name())


loop = asyncio.new_event_loop()
t = loop.create_task(job(), name="with-print")
t.add_done_callback(print)
t2 = loop.create_task(job(), name="with-three")
t2.add_done_callback(on_done)
t2.add_done_callback(print)
t2.add_done_callback(on_done)
print(t)
print(t2)
loop.close()
del t
del t2
print("end")
