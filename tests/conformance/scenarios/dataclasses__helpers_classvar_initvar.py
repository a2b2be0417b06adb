# asdict() and astuple() recurse into nested dataclasses, lists, tuples and dicts;
# ClassVar annotations are not fields; an InitVar is passed to __post_init__ but not stored.
# Notice replace() runs __init__ (and __post_init__) again.
from dataclasses import dataclass, field, asdict, astuple, fields, is_dataclass, replace, InitVar
from typing import ClassVar


@dataclass
class Tag:
    label: str


@dataclass
class Post:
    title: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    total: ClassVar[int] = 0
    scale: InitVar[int] = 1
    words: int = field(init=False, default=0)

    def __post_init__(self, scale):
        Post.total += 1
        self.words = len(self.title.split()) * scale


p = Post("hello big world", [Tag("a"), Tag("b")], {"k": (Tag("c"), 2)}, scale=10)
print(p)
print(asdict(p))
print(astuple(p))
print([f.name for f in fields(p)], Post.total, is_dataclass(p), is_dataclass(Post), is_dataclass(Tag("x").label))
q = replace(p, title="short", scale=2)
print(q.words, Post.total, q.tags is p.tags)
try:
    asdict(Post)
except TypeError as e:
    print("TypeError:", e)
print("words" in Post.__dataclass_fields__, "total" in Post.__dataclass_fields__, Post.__init__.__qualname__)
