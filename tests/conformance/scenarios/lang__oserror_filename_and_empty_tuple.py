# OSError(errno, strerror, filename): the filename is an attribute, not one of args, and str()
# shows it (two filenames with an arrow). Also: the empty tuple is a singleton.
e = OSError(2, "No such file or directory", "cfg.ini")
print(type(e).__name__, repr(e), e.args)
print(e.errno, e.strerror, e.filename, e.filename2)
print(str(e))
e2 = OSError(17, "File exists", "a.txt", None, "b.txt")
print(repr(e2), e2.args, str(e2), e2.filename2)
e3 = OSError(1, "msg", None)
print(repr(e3), str(e3))
e4 = OSError("just a message")
print(repr(e4), e4.args, e4.errno)
e5 = OSError(1, 2, 3, 4, 5, 6)
print(repr(e5), e5.args, e5.errno, str(e5))
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as err:
    print("caught:", err, "| args:", err.args)

print(() is (), tuple() is (), tuple([]) is (), ()[:] is (), (1, 2)[5:] is ())
