# loop.stop() called before run_forever() is not lost: the loop runs the callbacks that
# are ready once (one iteration of _run_once) and then returns. A callback scheduled by
# those callbacks waits for the next run.
# Notice "second" runs only in the second run_forever(), and that the clock did not move.
import asyncio


def first(loop):
    print("first at", loop.time())
    loop.call_soon(second)


def second():
    print("second")


loop = asyncio.new_event_loop()
loop.call_soon(first, loop)
loop.call_later(5, print, "timer never fires")
loop.stop()
loop.run_forever()
print("after first run_forever:", loop.is_running(), loop.time())
loop.call_soon(loop.stop)
loop.run_forever()
print("after second run_forever at", loop.time())
loop.close()
print(loop.is_closed())
