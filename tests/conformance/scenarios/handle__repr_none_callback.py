# A handle scheduled with None as its callback (a placeholder some programs pass, or a
# mistake): its repr shows no callback, as CPython's Handle._repr_info leaves it out, and
# running it reports "Exception in callback None()" with that repr.
import asyncio

loop = asyncio.new_event_loop()
h = loop.call_soon(None)
print(repr(h))
t = loop.call_later(1, None)
print(repr(t))
t.cancel()
print(repr(t))
later = loop.call_at(loop.time() + 2, None)
print(repr(later).replace(f"{later.when()}", "WHEN"))
loop.call_later(0.5, loop.stop)
loop.run_forever()
loop.close()
print("closed")
