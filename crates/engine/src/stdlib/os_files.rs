//! The `os` module's files, as CPython's C `posix` has them: `open`/`read`/`write`/`lseek`/
//! `close` on file descriptors, `stat`/`fstat`, `listdir` (sorted: the kernel's order),
//! `mkdir`/`makedirs`, `remove`, `rmdir`, `rename`/`replace`, `getcwd`/`chdir`, and
//! `os.path`'s questions to the file system (`exists`, `isfile`, `isdir`, `getsize`,
//! `abspath`). They call the virtual kernel's file system (`loopscope_kernel::fs`) and turn
//! its errnos into CPython's `OSError`s with the file names: `[Errno 2] No such file or
//! directory: 'a' -> 'b'`.

use super::net::HOST;
use crate::vm::call::check_arity;
use crate::vm::native::NativeClass;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_kernel::{time, Errno, Fd, FileKind, OpenFlags, Stat, Whence};
use std::rc::Rc;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("open", os_open),
    ("read", os_read),
    ("write", os_write),
    ("lseek", os_lseek),
    ("close", os_close),
    ("fstat", os_fstat),
    ("stat", os_stat),
    ("lstat", os_stat),
    ("ftruncate", os_ftruncate),
    ("fsync", os_fsync),
    ("isatty", os_isatty),
    ("listdir", os_listdir),
    ("mkdir", os_mkdir),
    ("chmod", os_chmod),
    ("makedirs", os_makedirs),
    ("remove", os_remove),
    ("unlink", os_remove),
    ("rmdir", os_rmdir),
    ("rename", os_rename),
    ("replace", os_replace),
    ("getcwd", os_getcwd),
    ("utime", os_utime),
    ("chdir", os_chdir),
];

pub const PATH_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exists", path_exists),
    ("lexists", path_exists),
    ("isfile", path_isfile),
    ("isdir", path_isdir),
    ("getsize", path_getsize),
    ("abspath", path_abspath),
    ("realpath", path_abspath),
];

/// `open`'s flags, Linux x86-64 values.
pub const CONSTANTS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_ACCMODE", 3),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_CLOEXEC", 0o2000000),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
];

const STAT_RESULT: NativeClass =
    NativeClass { module: "os", name: "stat_result", methods: &[], new: None };

/// `st_mode`'s file type bits.
const S_IFDIR: i64 = 0o040000;
const S_IFREG: i64 = 0o100000;

/// The owner and device `stat` reports: fixed, plausible numbers (a run must not depend on
/// the machine).
const UID: i64 = 1000;
const DEV: i64 = 2049;

pub fn install(vm: &mut Vm, os: &Rc<ModuleObj>, path: &Rc<ModuleObj>) {
    let _ = vm;
    for (module, functions, owner) in [(os, FUNCTIONS, "os"), (path, PATH_FUNCTIONS, "posixpath")] {
        for (name, func) in functions {
            let f = crate::vm::objects::BuiltinObj { name, func: *func, bound: None, owner };
            module.set(name, Value::Builtin(Rc::new(f)));
        }
    }
    for (name, value) in CONSTANTS {
        os.set(name, Value::Int(*value));
    }
}

/// The `OSError` for `errno` about `path` (and `path2`, for the calls with two).
fn path_error(vm: &mut Vm, errno: Errno, path: &Value, path2: Option<&Value>) -> PyErr {
    let class = Value::Class(vm.types.exc(ExcKind::OSError).clone());
    // The error names the path as `os.fspath` gave it (a `Path` is named by its str), as
    // CPython's `path_converter` keeps it.
    let named = |vm: &mut Vm, p: &Value| match p {
        Value::Instance(_) => {
            crate::stdlib::os_module::fspath_of(vm, p).unwrap_or_else(|_| p.clone())
        }
        _ => p.clone(),
    };
    let path = named(vm, path);
    let mut args = vec![Value::Int(errno.code() as i64), Value::str(errno.message()), path];
    if let Some(p2) = path2 {
        args.push(Value::None);
        let p2 = named(vm, p2);
        args.push(p2);
    }
    match vm.call(&class, Args::positional(&args)) {
        Ok(exc) => PyErr::Exception(exc),
        Err(e) => e,
    }
}

/// What a path argument may be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PathArg {
    /// A path only (`mkdir`, `rename`, ...).
    Path,
    /// A path or an open file descriptor (`stat`).
    PathOrFd,
}

/// A path argument as text: a str, bytes (UTF-8), or an object with `__fspath__`; CPython's
/// TypeError otherwise.
fn path_text(vm: &mut Vm, func: &str, v: &Value, kind: PathArg) -> PyResult<String> {
    let text = match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(&b.data).into_owned()),
        // A str subclass's instance (a `StrEnum` member) is a path too.
        other => crate::vm::builtin_subclass::str_value(other).map(str::to_string),
    };
    if let Some(text) = text {
        // A C string ends at a NUL: CPython refuses such a path before any system call.
        if text.contains('\0') {
            return Err(vm.new_error(ExcKind::ValueError, "embedded null byte"));
        }
        return Ok(text);
    }
    let other = v;
    if let Ok(method) = vm.get_attr(other, "__fspath__") {
        if !matches!(other, Value::Class(_)) {
            let p = vm.call(&method, Args::positional(&[]))?;
            if matches!(p, Value::Str(_) | Value::Bytes(_)) {
                return path_text(vm, func, &p, PathArg::Path);
            }
        }
    }
    let what = match kind {
        PathArg::Path => "string, bytes or os.PathLike",
        PathArg::PathOrFd => "string, bytes, os.PathLike or integer",
    };
    Err(vm.new_error(
        ExcKind::TypeError,
        &format!("{func}: path should be {what}, not {}", vm.type_name(other)),
    ))
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<Fd> {
    let n = crate::vm::builtins::arg_i64(vm, v, "")?;
    if n < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "fd must not be negative"));
    }
    u32::try_from(n)
        .map(Fd)
        .map_err(|_| vm.new_error(ExcKind::OverflowError, "fd is greater than maximum"))
}

/// A positional-or-keyword argument.
fn arg<'a>(args: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(i).or_else(|| args.keyword(name))
}

fn required<'a>(vm: &Vm, args: &Args<'a>, i: usize, name: &str, func: &str) -> PyResult<&'a Value> {
    arg(args, i, name).ok_or_else(|| {
        vm.new_error(
            ExcKind::TypeError,
            &format!("{func}() missing required argument '{name}' (pos {})", i + 1),
        )
    })
}

fn os_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "open")?;
    let flags_v = required(vm, &args, 1, "flags", "open")?;
    let path = path_text(vm, "open", path_v, PathArg::Path)?;
    let bits = crate::vm::builtins::arg_i64(vm, flags_v, "")?;
    let mode = match arg(&args, 2, "mode") {
        Some(m) => crate::vm::builtins::arg_i64(vm, m, "")?,
        None => 0o777,
    };
    let access = bits & 3;
    let flags = OpenFlags {
        read: access == 0 || access == 2,
        write: access == 1 || access == 2,
        create: bits & 0o100 != 0,
        exclusive: bits & 0o200 != 0,
        truncate: bits & 0o1000 != 0,
        append: bits & 0o2000 != 0,
        mode: (mode & 0o7777) as u32,
    };
    match vm.kernel().open(HOST, &path, flags) {
        Ok(fd) => Ok(Value::Int(fd.0 as i64)),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

fn os_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "read", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let n = crate::vm::builtins::arg_i64(vm, &args.pos[1], "")?;
    if n < 0 {
        return Err(vm.os_error(Errno::EINVAL));
    }
    match vm.kernel().read(HOST, fd, usize::try_from(n).unwrap_or(usize::MAX)) {
        Ok(data) => Ok(Value::bytes(data)),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "write", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let data = vm.require_bytes(&args.pos[1])?.to_vec();
    if fd.0 <= 2 {
        return Err(vm.unsupported_now("os.write to a standard stream"));
    }
    match vm.kernel().write(HOST, fd, &data) {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "lseek", &args, 3, 3)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let offset = crate::vm::builtins::arg_i64(vm, &args.pos[1], "")?;
    let whence = match crate::vm::builtins::arg_i64(vm, &args.pos[2], "")? {
        0 => Whence::Set,
        1 => Whence::Cur,
        2 => Whence::End,
        _ => return Err(vm.os_error(Errno::EINVAL)),
    };
    match vm.kernel().lseek(HOST, fd, offset, whence) {
        Ok(pos) => Ok(Value::Int(pos as i64)),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "close", &args, 1, 1)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    match vm.kernel().close(HOST, fd) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "ftruncate", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let size = crate::vm::builtins::arg_i64(vm, &args.pos[1], "")?;
    let size = u64::try_from(size).map_err(|_| vm.os_error(Errno::EINVAL))?;
    match vm.kernel().ftruncate(HOST, fd, size) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// `fsync(fd)`: nothing to write back in memory, but the descriptor must be open.
fn os_fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "fsync", &args, 1, 1)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    match vm.kernel().fstat(HOST, fd) {
        Ok(_) => Ok(Value::None),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// `isatty(fd)`: no file is a terminal (the program's output is captured, as under the
/// conformance harness).
fn os_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "isatty", &args, 1, 1)?;
    fd_arg(vm, &args.pos[0])?;
    Ok(Value::Bool(false))
}

/// An `os.stat_result`: the tuple holds whole seconds, the attributes float seconds.
fn stat_result(vm: &mut Vm, st: Stat) -> Value {
    let kind = match st.kind {
        FileKind::Dir => S_IFDIR,
        FileKind::Regular => S_IFREG,
    };
    let seconds = time::to_seconds(st.mtime);
    let whole = seconds.floor() as i64;
    let int = |n: u64| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let values = vec![
        Value::Int(kind | i64::from(st.perm)),
        int(st.ino),
        Value::Int(DEV),
        Value::Int(i64::from(st.nlink)),
        Value::Int(UID),
        Value::Int(UID),
        int(st.size),
        Value::Int(whole),
        Value::Int(whole),
        Value::Int(whole),
    ];
    let fields = [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ];
    let result = vm.new_struct_seq(&STAT_RESULT, &fields, values);
    if let Value::Instance(inst) = &result {
        let mut dict = inst.dict.borrow_mut();
        for name in ["st_atime", "st_mtime", "st_ctime"] {
            dict.insert(name.into(), Value::Float(seconds));
        }
        let ns = Value::Int(i64::try_from(st.mtime).unwrap_or(i64::MAX));
        for name in ["st_atime_ns", "st_mtime_ns", "st_ctime_ns"] {
            dict.insert(name.into(), ns.clone());
        }
        dict.insert("st_blksize".into(), int(loopscope_kernel::fs::BLOCK_SIZE));
        dict.insert("st_blocks".into(), int(st.size.div_ceil(4096) * 8));
        dict.insert("st_rdev".into(), Value::Int(0));
    }
    result
}

fn os_fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "fstat", &args, 1, 1)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    match vm.kernel().fstat(HOST, fd) {
        Ok(Some(st)) => Ok(stat_result(vm, st)),
        Ok(None) => Err(vm.unsupported_now("os.fstat of a socket or a standard stream")),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "stat")?;
    if matches!(path_v, Value::Int(_)) {
        return os_fstat(vm, Args::positional(std::slice::from_ref(path_v)));
    }
    let path = path_text(vm, "stat", path_v, PathArg::PathOrFd)?;
    match vm.kernel().fs().stat(&path) {
        Ok(st) => Ok(stat_result(vm, st)),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

/// `utime(path, times=None, *, ns=None)`: the modification time from `times`' second or
/// `ns`' second item, or now. (The file system keeps one time for all three.)
fn os_utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "utime")?;
    let path = path_text(vm, "utime", path_v, PathArg::PathOrFd)?;
    let times = arg(&args, 1, "times").filter(|v| !matches!(v, Value::None));
    let ns = args.keyword("ns");
    let pair = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<Value> {
        match v {
            Value::Tuple(t) if t.items.len() == 2 => Ok(t.items[1].clone()),
            _ => Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "utime: '{what}' must be {}",
                    if what == "ns" {
                        "a tuple of two ints"
                    } else {
                        "either a tuple of two ints or None"
                    }
                ),
            )),
        }
    };
    let mtime = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(vm.new_error(
                ExcKind::ValueError,
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (Some(t), None) => {
            let m = pair(vm, t, "times")?;
            let seconds = match crate::vm::builtin_subclass::number_of(&m) {
                Value::Float(f) => *f,
                other => crate::vm::builtins::arg_i64(vm, other, "")? as f64,
            };
            Some((seconds.max(0.0) * 1e9).round() as u64)
        }
        (None, Some(n)) => {
            let m = pair(vm, n, "ns")?;
            Some(u64::try_from(crate::vm::builtins::arg_i64(vm, &m, "")?).unwrap_or(0))
        }
        (None, None) => None,
    };
    match vm.kernel().fs().set_mtime(&path, mtime) {
        Ok(()) => Ok(Value::None),
        // CPython's utime names no file in its error.
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "listdir", &args, 0, 1)?;
    let dot = Value::str(".");
    let path_v = match arg(&args, 0, "path") {
        None | Some(Value::None) => &dot,
        Some(v) => v,
    };
    let path = path_text(vm, "listdir", path_v, PathArg::PathOrFd)?;
    let names = match vm.kernel().fs().listdir(&path) {
        Ok(names) => names,
        Err(e) => return Err(path_error(vm, e, path_v, None)),
    };
    let as_bytes = matches!(path_v, Value::Bytes(_));
    Ok(Value::list(
        names
            .into_iter()
            .map(|n| if as_bytes { Value::bytes(n.into_bytes()) } else { Value::string(n) })
            .collect(),
    ))
}

/// `os.chmod(path, mode)`: the bits `stat` reports from then on (nothing checks them:
/// the simulation has one user).
fn os_chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "chmod")?;
    let path = path_text(vm, "chmod", path_v, PathArg::PathOrFd)?;
    let mode_v = required(vm, &args, 1, "mode", "chmod")?;
    let mode = crate::vm::builtins::arg_i64(vm, mode_v, "")?;
    match vm.kernel().fs().set_perm(&path, (mode & 0o7777) as u32) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

fn os_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "mkdir")?;
    let path = path_text(vm, "mkdir", path_v, PathArg::Path)?;
    let mode = match arg(&args, 1, "mode") {
        Some(m) => crate::vm::builtins::arg_i64(vm, m, "")?,
        None => 0o777,
    };
    match vm.kernel().fs().mkdir(&path, (mode & 0o7777) as u32) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

/// `os.makedirs(name, mode=0o777, exist_ok=False)`, as `os.py` writes it: the missing
/// parents first (one that appeared meanwhile is fine), then the leaf, whose `EEXIST` only
/// `exist_ok` and a directory there excuse.
fn os_makedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name_v = required(vm, &args, 0, "name", "makedirs")?;
    let exist_ok = match arg(&args, 2, "exist_ok") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let name = path_text(vm, "mkdir", name_v, PathArg::Path)?;
    makedirs(vm, &name, name_v, exist_ok)?;
    Ok(Value::None)
}

fn makedirs(vm: &mut Vm, name: &str, name_v: &Value, exist_ok: bool) -> PyResult<()> {
    let (mut head, mut tail) = super::os_module::split_path(name);
    if tail.is_empty() {
        (head, tail) = super::os_module::split_path(&head);
    }
    if !head.is_empty() && !tail.is_empty() && vm.kernel().fs().stat(&head).is_err() {
        let head_v = Value::str(&head);
        match makedirs(vm, &head, &head_v, exist_ok) {
            Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::FileExistsError) => {}
            other => other?,
        }
        if tail == "." {
            return Ok(());
        }
    }
    match vm.kernel().fs().mkdir(name, 0o777) {
        Ok(()) => Ok(()),
        Err(e) => {
            let is_dir =
                matches!(vm.kernel().fs().stat(name), Ok(Stat { kind: FileKind::Dir, .. }));
            if exist_ok && is_dir {
                Ok(())
            } else {
                Err(path_error(vm, e, name_v, None))
            }
        }
    }
}

fn os_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "remove")?;
    let path = path_text(vm, "remove", path_v, PathArg::Path)?;
    match vm.kernel().fs().unlink(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

fn os_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "rmdir")?;
    let path = path_text(vm, "rmdir", path_v, PathArg::Path)?;
    match vm.kernel().fs().rmdir(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

fn rename_as(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    let src_v = required(vm, &args, 0, "src", func)?;
    let dst_v = required(vm, &args, 1, "dst", func)?;
    let src = path_text(vm, func, src_v, PathArg::Path)?;
    let dst = path_text(vm, func, dst_v, PathArg::Path)?;
    match vm.kernel().fs().rename(&src, &dst) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, src_v, Some(dst_v))),
    }
}

fn os_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, args, "rename")
}

fn os_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, args, "replace")
}

fn os_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getcwd", &args, 0, 0)?;
    match vm.kernel().fs().getcwd() {
        Ok(cwd) => Ok(Value::string(cwd)),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn os_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path_v = required(vm, &args, 0, "path", "chdir")?;
    let path = path_text(vm, "chdir", path_v, PathArg::PathOrFd)?;
    match vm.kernel().fs().chdir(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(path_error(vm, e, path_v, None)),
    }
}

/// What `os.stat` says of a path for `os.path`'s questions, which answer False (or raise,
/// for `getsize`) when it fails.
fn stat_of(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Result<Stat, Errno>> {
    check_arity(vm, func, args, 1, 1)?;
    let p = &args.pos[0];
    if let Value::Int(fd) = p {
        let fd = u32::try_from(*fd).map(Fd).map_err(|_| vm.os_error(Errno::EBADF));
        return Ok(match fd {
            Ok(fd) => vm.kernel().fstat(HOST, fd).and_then(|s| s.ok_or(Errno::EBADF)),
            Err(_) => Err(Errno::EBADF),
        });
    }
    let path = path_text(vm, "stat", p, PathArg::PathOrFd)?;
    Ok(vm.kernel().fs().stat(&path))
}

fn path_exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stat_of(vm, &args, "exists")?.is_ok()))
}

fn path_isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = stat_of(vm, &args, "isfile")?;
    Ok(Value::Bool(matches!(st, Ok(Stat { kind: FileKind::Regular, .. }))))
}

fn path_isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = stat_of(vm, &args, "isdir")?;
    Ok(Value::Bool(matches!(st, Ok(Stat { kind: FileKind::Dir, .. }))))
}

fn path_getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match stat_of(vm, &args, "getsize")? {
        Ok(st) => Ok(Value::Int(i64::try_from(st.size).unwrap_or(i64::MAX))),
        Err(e) => Err(path_error(vm, e, &args.pos[0], None)),
    }
}

/// `abspath(p)`: `normpath(join(getcwd(), p))` (no symbolic links, so also `realpath`).
fn path_abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "abspath", &args, 1, 1)?;
    let p = path_text(vm, "abspath", &args.pos[0], PathArg::Path)?;
    let joined = if p.starts_with('/') {
        p
    } else {
        let cwd = vm.kernel().fs().getcwd().map_err(|e| vm.os_error(e))?;
        format!("{cwd}/{p}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for comp in joined.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    Ok(Value::string(format!("/{}", parts.join("/"))))
}
