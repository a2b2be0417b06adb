# Bound methods compare as CPython's do: the same function bound to the same object is
# equal however many times the attribute is read (so `listeners.remove(self.on_event)`
# works), with a matching hash; built-in methods compare their function and receiver.
# Also the iterator types `reversed()` gives for lists, ranges, dicts and their views.
import asyncio


class Sensor:
    def __init__(self, name):
        self.name = name
        self.listeners = []

    def subscribe(self, callback):
        self.listeners.append(callback)

    def unsubscribe(self, callback):
        self.listeners.remove(callback)

    def emit(self, value):
        for callback in list(self.listeners):
            callback(self.name, value)


class Display:
    def __init__(self, label):
        self.label = label

    def on_reading(self, sensor, value):
        print(f"{self.label}: {sensor}={value}")


a, b = Display("a"), Display("b")
print(a.on_reading == a.on_reading, a.on_reading != a.on_reading, a.on_reading is a.on_reading)
print(a.on_reading == b.on_reading, a.on_reading == Display.on_reading)
print(hash(a.on_reading) == hash(a.on_reading), a.on_reading in [b.on_reading, a.on_reading])
print({a.on_reading: "a"}[a.on_reading], len({a.on_reading, a.on_reading, b.on_reading}))
print(a.on_reading.__eq__(a.on_reading), a.on_reading.__eq__(b.on_reading))
print(a.on_reading.__eq__(42), a.on_reading.__ne__(b.on_reading))

sensor = Sensor("temp")
sensor.subscribe(a.on_reading)
sensor.subscribe(b.on_reading)
sensor.emit(21)
sensor.unsubscribe(a.on_reading)
sensor.emit(22)
try:
    sensor.unsubscribe(a.on_reading)
except ValueError as e:
    print("ValueError:", e)

items = []
other = []
print(len == len, print == len, len != print, items.append == items.append)
print(items.append == other.append, items.append == items.extend)
print(len.__eq__(len), print.__eq__(len), len.__eq__(3), len.__ne__(print))
print(hash(items.append) == hash(items.append), {items.append: 1}.get(items.append))
print({len, len, print} == {print, len})

print(type(reversed([1, 2])).__name__, type(reversed(range(3))).__name__)
print(type(reversed((1, 2))).__name__, type(reversed("ab")).__name__)
d = {"x": 1, "y": 2}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
print(repr(reversed(range(2))).split(" at ")[0], repr(reversed(d)).split(" at ")[0])


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    waiter = loop.create_future()
    queue = asyncio.Queue()
    fut.add_done_callback(waiter.set_result)
    fut.add_done_callback(queue.put_nowait)
    fut.add_done_callback(queue.put_nowait)
    print(fut.remove_done_callback(waiter.set_result), fut.remove_done_callback(queue.put_nowait))
    print(fut.remove_done_callback(waiter.cancel))
    fut.set_result("done")
    await asyncio.sleep(0)
    print(waiter.done(), queue.qsize())


asyncio.run(main())
