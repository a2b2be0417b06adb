# CPython's own printer (an uncaught group) puts the group margin only before the first line
# of a multi-line message; the traceback module indents every line. Notes are indented in
# both.
import traceback

inner = ValueError("first line\nsecond line")
inner.add_note("note one\nnote two")
group = ExceptionGroup("group\nmessage", [inner, KeyError("k")])
traceback.print_exception(group)
print("---")
raise group
