# A module the program puts in sys.modules itself is what import gives (None: ImportError).
import sys, types
fake = types.ModuleType("fakedb")
fake.connect = lambda: "connected"
sys.modules["fakedb"] = fake
import fakedb
print(fakedb.connect(), fakedb is fake)
from fakedb import connect
print(connect())
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
class Lazy:
    value = 42
sys.modules["lazy_obj"] = Lazy()
import lazy_obj
print(lazy_obj.value)
