# An exception group's message and exceptions are read-only members: setting or deleting
# them is an AttributeError, and the group keeps what it was made with. Other attributes
# (and notes) can be set as on any exception.
eg = ExceptionGroup("a", [ValueError()])
for attempt in [lambda: setattr(eg, "message", "b"), lambda: setattr(eg, "exceptions", ()),
                lambda: delattr(eg, "message"), lambda: delattr(eg, "exceptions")]:
    try:
        attempt()
    except AttributeError as ex:
        print("AttributeError:", ex)
print(repr(eg), eg.message, eg.exceptions)
eg.code = 7
eg.add_note("tagged")
print(eg.code, eg.__notes__)


class Batch(ExceptionGroup):
    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)
        try:
            self.message = message.upper()
        except AttributeError as ex:
            print("in __init__:", ex)


b = Batch("batch", [KeyError("k")])
print(b.message, type(b).__name__, b.derive([TypeError()]).message)
