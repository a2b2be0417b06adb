# A dataclass's __match_args__ lists its InitVar fields too (the positional parameters of __init__).
from dataclasses import dataclass, InitVar
@dataclass
class C:
    a: int
    b: InitVar[int]
print(C.__match_args__)
