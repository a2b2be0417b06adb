# contextlib.chdir (3.11): the working directory changes inside the with block and comes
# back after it, also when the block raises; one instance can be entered again while in
# use (a stack of old directories); errors from os.chdir pass through.
import contextlib
import os
import tempfile

print('chdir' in contextlib.__all__, 'chdir' in dir(contextlib), 'os' in dir(contextlib))
print(issubclass(contextlib.chdir, contextlib.AbstractContextManager))
start = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, "sub"))
    os.mkdir(os.path.join(d, "sub", "deeper"))
    real = os.path.realpath(d)
    with contextlib.chdir(d) as entered:
        print("entered:", entered)
        print(os.path.realpath(os.getcwd()) == real, sorted(os.listdir(".")))
        with contextlib.chdir("sub"):
            print(os.path.relpath(os.getcwd(), real))
            with open("made.txt", "w") as f:
                f.write("here")
        print(os.path.relpath(os.getcwd(), real), os.path.exists("sub/made.txt"))
    print(os.getcwd() == start)

    try:
        with contextlib.chdir(d):
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, os.getcwd() == start)

    cd = contextlib.chdir(os.path.join(d, "sub"))
    with cd:
        first = os.getcwd()
        with cd:
            print(os.getcwd() == first, len(cd._old_cwd))
        print(os.getcwd() == first, len(cd._old_cwd))
    print(os.getcwd() == start, cd._old_cwd, os.path.basename(cd.path))

    for bad in (os.path.join(d, "missing"), os.path.join(d, "sub", "made.txt")):
        try:
            with contextlib.chdir(bad):
                print("not reached")
        except OSError as e:
            print(type(e).__name__, e.errno, os.path.basename(e.filename), os.getcwd() == start)
    try:
        with contextlib.chdir(None):
            pass
    except TypeError as e:
        print("TypeError", e)
    print(os.getcwd() == start)
