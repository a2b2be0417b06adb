# A NewType takes part in `|` unions on either side, as in annotations evaluated at runtime.
from typing import NewType, Optional, get_args

UserId = NewType("UserId", int)

def find(user: UserId | None = None) -> "UserId | None":
    return user

print(UserId | None, None | UserId, int | UserId)
print(find.__annotations__["user"], get_args(UserId | str))
print((UserId | None) == Optional[UserId])
