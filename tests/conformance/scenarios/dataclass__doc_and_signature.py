# A dataclass without a docstring documents itself by its constructor's signature, which
# inspect.signature reads too: annotations as written, <factory> for a default_factory,
# keyword-only fields after *, InitVars, no ClassVars or init=False fields.
import inspect
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import Optional, List, ClassVar


@dataclass
class P:
    x: int
    y: 'str' = 'a'
    z: List[int] = field(default_factory=list)
    w: Optional[float] = None


@dataclass
class Q:
    """Mine."""
    a: int


@dataclass(init=False)
class R:
    a: int


@dataclass(frozen=True, order=True)
class S:
    name: str
    _: KW_ONLY
    tags: tuple = ()
    hidden: int = field(default=0, init=False)
    count: ClassVar[int] = 0


@dataclass
class T(P):
    extra: dict = field(default_factory=dict)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.x *= scale


for c in (P, Q, R, S, T):
    print(c.__doc__)
    print(inspect.signature(c))
print(inspect.signature(P.__init__))
print(T(2, scale=3))
