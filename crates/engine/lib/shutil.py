# High-level file operations (CPython 3.11's shutil, written for Loopscope) over the
# virtual file system. There are no symbolic links, extended attributes or file flags
# here; modes can be read but not changed (os.chmod is not supported yet), so copying a mode
# that differs from the destination's stops the run. Archives, disk_usage, chown and which
# are not supported yet.
import fnmatch
import os
import stat
import sys
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024
_WINDOWS = False
_USE_CP_SENDFILE = True
_HAS_FCOPYFILE = False


def _unsupported(what):
    import _loopscope
    _loopscope.unsupported(what)


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(length)
        if not chunk:
            break
        write(chunk)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _stat(fn):
    if isinstance(fn, os.DirEntry):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    # the virtual file system has no symbolic links
    return False


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for fn in (src, dst):
        try:
            st = _stat(fn)
        except OSError:
            continue
        if stat.S_ISFIFO(st.st_mode):
            if isinstance(fn, os.DirEntry):
                fn = fn.path
            raise SpecialFileError("`%s` is a named pipe" % fn)
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # "dst/" naming a directory that is not there
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from e
    return dst


def _set_mode(dst, mode):
    # os.chmod is not supported yet: a mode that is already right needs no change
    if stat.S_IMODE(os.stat(dst).st_mode) != mode:
        os.chmod(dst, mode)


def copymode(src, dst, *, follow_symlinks=True):
    _set_mode(dst, stat.S_IMODE(_stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    st = _stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    _set_mode(dst, stat.S_IMODE(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    if ignore is None:
        ignored_names = ()
    else:
        ignored_names = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    # copy and copy2 take the DirEntry itself, which saves a stat
    pass_entry = copy_function is copy2 or copy_function is copy
    for entry in entries:
        if entry.name in ignored_names:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        srcobj = entry if pass_entry else srcname
        try:
            if entry.is_dir():
                copytree(srcobj, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcobj, dstname)
        except Error as err:
            # a subtree's errors join this level's list
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    with os.scandir(src) as it:
        entries = list(it)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


# CPython on Linux removes trees through directory file descriptors; the same steps are
# taken here by path, with the same functions reported to onerror.
def _rmtree_inside(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        onerror(os.scandir, path, sys.exc_info())
        return
    for entry in entries:
        fullname = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree_inside(fullname, onerror)
            try:
                os.rmdir(fullname)
            except OSError:
                onerror(os.rmdir, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if dir_fd is not None:
        _unsupported("shutil.rmtree with dir_fd")
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        os.lstat(path)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    _rmtree_inside(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = True


def _basename(path):
    # the last component even when the path ends with a slash
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself"
                            " '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        # a run's output is never a terminal: the fallback stands in for its size
        size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


_ntuple_diskusage = collections.namedtuple('usage', 'total used free')


def disk_usage(path):
    _unsupported("shutil.disk_usage")


def chown(path, user=None, group=None):
    _unsupported("shutil.chown")


def which(cmd, mode=None, path=None):
    _unsupported("shutil.which")


def get_archive_formats():
    _unsupported("shutil.get_archive_formats")


def register_archive_format(name, function, extra_args=None, description=''):
    _unsupported("shutil.register_archive_format")


def unregister_archive_format(name):
    _unsupported("shutil.unregister_archive_format")


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    _unsupported("shutil.make_archive")


def get_unpack_formats():
    _unsupported("shutil.get_unpack_formats")


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    _unsupported("shutil.register_unpack_format")


def unregister_unpack_format(name):
    _unsupported("shutil.unregister_unpack_format")


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    _unsupported("shutil.unpack_archive")
