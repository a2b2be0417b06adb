# User exceptions are classes derived from Exception. A custom __init__ should pass the
# message to super().__init__ so args and str() work; __str__ can be overridden too.
# Notice how repr(), str() and the traceback line use these.
class AppError(Exception):
    """Base class for this program's errors."""


class NotFound(AppError):
    def __init__(self, item, where="store"):
        super().__init__(f"{item} not found in {where}")
        self.item = item
        self.where = where


class Quiet(AppError):
    def __init__(self, code):
        self.code = code


class Shouty(AppError):
    def __str__(self):
        return "!!! " + " / ".join(str(a) for a in self.args) + " !!!"


errors = [NotFound("apple"), Quiet(7), Shouty("disk", "full"), AppError(), AppError("a", 2)]
for e in errors:
    print(type(e).__name__, repr(e), str(e), e.args, isinstance(e, AppError))
try:
    raise NotFound("pear", where="cellar")
except AppError as e:
    print("caught", type(e).__name__, "->", e, "| item:", e.item, "| where:", e.where)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__mro__)
print([c.__name__ for c in Shouty.__mro__], NotFound.__bases__, AppError.__doc__)
try:
    raise Shouty("cpu", "hot")
except Exception as e:
    print(f"{e}", e.args)
raise NotFound("milk", "fridge")
