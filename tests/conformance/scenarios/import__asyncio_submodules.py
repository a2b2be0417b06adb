# asyncio's Python submodules are modules with a name, a file and a package; after
# `import asyncio` they are reachable as attributes too.
import asyncio
import asyncio.queues as queues

print(asyncio.locks)
print(queues, queues.__name__, queues.__package__)
print(queues.__file__.endswith("asyncio/queues.py"))
print(asyncio.queues is queues, asyncio.exceptions.__name__)
