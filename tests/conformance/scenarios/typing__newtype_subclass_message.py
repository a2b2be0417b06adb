# Subclassing a NewType is an error whose hint names the class being defined.
from typing import NewType

UserId = NewType("UserId", int)
print(UserId(5), UserId)
try:
    class AdminId(UserId):
        pass
except TypeError as e:
    print(e)
