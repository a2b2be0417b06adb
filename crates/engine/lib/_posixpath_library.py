# What CPython's posixpath.py (os.path) has that the native `os.path` does not: the
# functions that ask the file system or the environment, and relpath/commonpath. `os.path.X`
# finds these here on first use (`library::exporter`).
#
# The home directory is the virtual user's, /home/loopscope (also the working directory a
# run starts in), unless the program sets HOME; no other user exists.
import os
import re

_HOME = "/home/loopscope"
supports_unicode_filenames = False


def _strs(path):
    # The separator, current and parent directory names in the path's own type.
    if isinstance(path, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {s.__class__.__name__!r}") from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def expanduser(path):
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _strs(path)[0]
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = os.environ.get("HOME", _HOME)
    elif path[1:i] in ("loopscope", b"loopscope"):
        userhome = _HOME
    else:
        return path
    if isinstance(path, bytes) and isinstance(userhome, str):
        userhome = userhome.encode()
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


_varprog = re.compile(r"\$(\w+|\{[^}]*\})", re.ASCII)
_varprogb = re.compile(rb"\$(\w+|\{[^}]*\})", re.ASCII)


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        search, start, end = _varprogb.search, b"{", b"}"
    else:
        if "$" not in path:
            return path
        search, start, end = _varprog.search, "{", "}"
    i = 0
    while True:
        m = search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(start) and name.endswith(end):
            name = name[1:-1]
        key = name.decode() if isinstance(name, bytes) else name
        if key in os.environ:
            value = os.environ[key]
            if isinstance(path, bytes):
                value = value.encode()
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
        else:
            i = j
    return path


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def islink(path):
    try:
        os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return False


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 != 0o040000:
        return False
    path = os.fspath(path)
    parent = os.path.realpath(os.path.join(path, _strs(path)[2]))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, curdir, pardir = _strs(path)
    start = curdir if start is None else os.fspath(start)
    try:
        start_list = [x for x in os.path.abspath(start).split(sep) if x]
        path_list = [x for x in os.path.abspath(path).split(sep) if x]
        i = 0
        for a, b in zip(start_list, path_list):
            if a != b:
                break
            i += 1
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return os.path.join(*rel_list)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    sep, curdir, _ = _strs(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise


for _f in (splitdrive, expanduser, expandvars, getmtime, getatime, getctime, islink, ismount,
           samestat, samefile, sameopenfile, relpath, commonpath):
    _f.__module__ = "posixpath"
del _f
