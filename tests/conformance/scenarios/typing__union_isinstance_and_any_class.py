# typing in 3.11: isinstance/issubclass with Union and Optional ask each member in turn (a
# subscripted member still refuses); Any is a class (subclassable, as mocks do) whose own
# instantiation and isinstance are refused with its messages.
import typing
from typing import Any, List, Optional, Union
for label, fn in [("Optional", lambda: isinstance(1, Optional[int])),
                  ("Union", lambda: isinstance("s", Union[int, str])),
                  ("Union no", lambda: isinstance(2.5, Union[int, str])),
                  ("None", lambda: isinstance(None, Optional[int])),
                  ("issubclass Union", lambda: issubclass(bool, Union[int, None])),
                  ("subscripted member", lambda: isinstance([1], Union[List[int], None])),
                  ("Any()", lambda: Any()),
                  ("isinstance Any", lambda: isinstance(1, Any)),
                  ("Any[int]", lambda: Any[int]),
                  ("repr", lambda: (repr(Any), Optional[Any], Union[int, Any], Any | int, List[Any])),
                  ("hints", lambda: typing.get_type_hints(lambda: None)),
                  ]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

class Mock(Any):
    pass

m = Mock()
m.name = "db"
print(m.name, isinstance(m, Mock), isinstance(m, object), Mock.__mro__, type(Any).__name__)

def f(x: Any, y: Optional[Any] = None) -> Any:
    return x
print(typing.get_type_hints(f))
