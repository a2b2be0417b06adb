# Each sub-exception of a printed group shows its own chain (cause or context) inside the
# group's margin, and a group can itself be the cause of another exception. Notice the
# "| " margins on the blank lines and the closing line after the last sub-exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"no entry for {text!r}") from e


def collect():
    errors = []
    for text in ("1", "x", "2", "y"):
        try:
            parse(text)
        except LookupError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError:
        errors.append(RuntimeError("while handling"))
        try:
            raise ExceptionGroup("inner", [errors.pop()])
        except ExceptionGroup as g:
            errors.append(g)
    raise ExceptionGroup("parse failed", errors)


try:
    collect()
except ExceptionGroup as eg:
    raise SystemError("giving up") from eg
