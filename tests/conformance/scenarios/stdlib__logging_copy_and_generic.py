# Loggers copy, deep-copy and pickle as themselves (getLogger(name) again), and LoggerAdapter
# and StreamHandler are generic in annotations, as in CPython 3.11.
import copy
import logging
import pickle


class Service:
    def __init__(self):
        self.log = logging.getLogger("app.service")
        self.items = [1, 2]


service = Service()
clone = copy.deepcopy(service)
print(clone.log is service.log, clone.items == service.items, clone.items is service.items)
print(copy.copy(logging.getLogger("app")) is logging.getLogger("app"))
print(pickle.loads(pickle.dumps(logging.getLogger("app"))) is logging.getLogger("app"))
root = logging.getLogger()
print(copy.deepcopy(root) is root, root.__reduce__()[1])
print(logging.LoggerAdapter[logging.Logger], logging.StreamHandler[int])


class ContextAdapter(logging.LoggerAdapter[logging.Logger]):
    def process(self, msg, kwargs):
        return f"[{self.extra['id']}] {msg}", kwargs


logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
ContextAdapter(logging.getLogger("app"), {"id": 7}).warning("started")
