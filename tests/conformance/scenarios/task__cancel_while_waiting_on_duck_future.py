# A task waiting on the program's own future-like object: its repr shows it as wait_for, and
# cancel() asks the object to cancel (cancel(msg=...)); when the object refuses, the task is
# cancelled at its next step, once the object finishes.
import asyncio

class Duck:
    _asyncio_future_blocking = False
    def __init__(self, loop, cancellable):
        self._loop, self._callbacks, self.cancellable = loop, [], cancellable
        self._cancelled = False
    def __repr__(self): return f"<Duck cancellable={self.cancellable}>"
    def get_loop(self): return self._loop
    def add_done_callback(self, cb, *, context=None): self._callbacks.append(cb)
    def cancel(self, msg=None):
        print("  Duck.cancel", msg)
        if not self.cancellable:
            return False
        self._cancelled = True
        for cb in self._callbacks:
            self._loop.call_soon(cb, self)
        return True
    def result(self):
        if self._cancelled:
            raise asyncio.CancelledError("duck cancelled")
        return "done"
    def finish(self):
        for cb in self._callbacks:
            self._loop.call_soon(cb, self)
    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.result()

async def waiter(d):
    try:
        print("got", await d)
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
        raise

async def main():
    loop = asyncio.get_running_loop()
    for cancellable in (True, False):
        d = Duck(loop, cancellable)
        t = asyncio.create_task(waiter(d))
        await asyncio.sleep(0)
        print(t)
        print(t.cancel("stop"), t.cancelling())
        if not cancellable:
            loop.call_later(1, d.finish)
        try:
            await t
        except asyncio.CancelledError:
            print("task cancelled", t.cancelled(), loop.time())

asyncio.run(main())
