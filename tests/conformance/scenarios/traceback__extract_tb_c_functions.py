# traceback.extract_tb lists only Python frames: open() and bisect.insort are C in CPython,
# so the last entry is the program's line that called them (the "where did it fail" idiom).
import bisect
import traceback


def load(path):
    with open(path) as f:
        return f.read()


for action in (lambda: load("/nonexistent/config.json"), lambda: bisect.insort([1, 2], "x")):
    try:
        action()
    except (OSError, TypeError) as e:
        frames = traceback.extract_tb(e.__traceback__)
        last = frames[-1]
        print(type(e).__name__, len(frames), last.name, last.lineno, last.line)
