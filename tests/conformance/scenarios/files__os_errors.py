# The os functions fail with the OSError subclass for the errno and the file names in the
# message: two of them for rename. ENOTEMPTY has no subclass of its own.
import os
os.mkdir("d")
open("d/f", "w").close()
for call in [lambda: os.mkdir("d"), lambda: os.rmdir("d"), lambda: os.remove("d"),
             lambda: os.remove("gone"), lambda: os.rename("gone", "new"),
             lambda: os.rename("d/f", "d"), lambda: os.listdir("d/f"),
             lambda: os.stat("d/f/x"), lambda: os.makedirs("d"), lambda: os.chdir("d/f"),
             lambda: os.rmdir("d/f"), lambda: os.mkdir("x/y"), lambda: os.close(42),
             lambda: os.path.getsize("gone")]:
    try:
        call()
    except OSError as e:
        print(f"{type(e).__name__}: {e} | {e.errno} {e.filename!r} {e.filename2!r}")
print(repr(OSError(2, "x", "f")), os.path.exists(42))
os.rename("gone", "new")
