# pprint lays a dataclass out like a call, one field per line (repr=False fields left
# out, a recursive field as ...), unless the class wrote its own __repr__; long bytes and
# bytearrays are split into adjacent literals of whole four-byte groups.
import asyncio
import pprint
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    steps: list = field(default_factory=list)
    secret: str = field(default="x", repr=False)
    parent: object = None


@dataclass
class Custom:
    items: list

    def __repr__(self):
        return f"Custom<{len(self.items)}>"


async def build():
    await asyncio.sleep(0.1)
    root = Job("root", [Job(f"step-{i}", ["fetch " * 3, "parse"]) for i in range(2)])
    root.steps[0].parent = root
    return root


async def main():
    root = await build()
    pprint.pprint(root)
    pprint.pprint(root, width=50, depth=2)
    pprint.pprint([Custom(list(range(40)))])
    print(Job.__repr__.__wrapped__.__qualname__, Job.__repr__.__module__)
    pprint.pprint({"payload": b"\x00\x01abcdefgh" * 8, "buf": bytearray(b"0123456789" * 8)})
    pprint.pprint(b"spam eggs " * 9, width=40)
    pprint.pprint([b"tiny", b"12345"], width=5)


asyncio.run(main())
