# `exit()` and `quit()` are the interactive shell's helpers, but scripts call them too: they
# raise SystemExit like `sys.exit()`, which `finally` blocks and `except SystemExit` see.
# Notice the exception's code and args, and the exit status the last call gives.
try:
    exit()
except SystemExit as e:
    print("exit():", repr(e.code), e.args)
try:
    quit(3)
except SystemExit as e:
    print("quit(3):", e.code, e.args)
try:
    exit(code="bye")
except SystemExit as e:
    print("keyword:", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print("working")
    exit(4)
finally:
    print("cleanup runs first")
print("never printed")
