# Qualified ClassVar / InitVar / KW_ONLY under `from __future__ import annotations`:
# recognised through the module they name, as CPython's dataclasses reads the text.
from __future__ import annotations
import dataclasses
import dataclasses as dc
import typing
from dataclasses import dataclass, fields


@dataclass
class Config:
    registry: typing.ClassVar[dict] = {}
    plain: typing.ClassVar = 3
    spaced: typing . ClassVar[int] = 4
    name: str = "x"


print([f.name for f in fields(Config)])
print(Config(), Config.registry, Config.plain, Config.spaced)
print(sorted(Config.__dataclass_fields__))
print([f._field_type for f in Config.__dataclass_fields__.values()])


@dataclass
class Login:
    user: str
    password: dc.InitVar[str]
    secret: dataclasses.InitVar[int] = 7
    _: dataclasses.KW_ONLY
    role: str = "guest"

    def __post_init__(self, password, secret):
        print("post_init", self.user, len(password), secret)


print([f.name for f in fields(Login)])
lg = Login("ann", "pw", role="admin")
print(lg)
Login("bob", "longer", 9)
try:
    Login("bob", "pw", 1, "admin")
except TypeError as e:
    print("TypeError:", e)
print(Login.__match_args__)

# A name not bound to the module: an ordinary field.
other = object()


@dataclass
class Plain:
    a: other.ClassVar[int] = 1
    b: nomodule.InitVar[int] = 2


print([f.name for f in fields(Plain)], Plain())
