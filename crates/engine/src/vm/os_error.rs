//! `OSError`'s own behaviour (CPython's `OSError_new`/`OSError_str`): `OSError(errno,
//! strerror)` makes the subclass its errno stands for (`ConnectionRefusedError` for 111), has
//! `errno`/`strerror`/`filename` attributes, and prints as `[Errno 111] Connection refused`.

use super::value::Value;
use crate::ExcKind;

/// The subclass `OSError(errno, ...)` makes (CPython's `errnomap`, Linux numbers).
pub fn subclass_for(errno: i64) -> Option<ExcKind> {
    Some(match errno {
        11 | 114 | 115 => ExcKind::BlockingIOError,
        10 => ExcKind::ChildProcessError,
        32 | 108 => ExcKind::BrokenPipeError,
        103 => ExcKind::ConnectionAbortedError,
        111 => ExcKind::ConnectionRefusedError,
        104 => ExcKind::ConnectionResetError,
        17 => ExcKind::FileExistsError,
        2 => ExcKind::FileNotFoundError,
        21 => ExcKind::IsADirectoryError,
        20 => ExcKind::NotADirectoryError,
        4 => ExcKind::InterruptedError,
        1 | 13 => ExcKind::PermissionError,
        3 => ExcKind::ProcessLookupError,
        110 => ExcKind::TimeoutError,
        _ => return None,
    })
}

/// Whether the arguments are `(errno, strerror[, filename...])`: 2 to 5 of them.
fn has_errno(args: &[Value]) -> bool {
    (2..=5).contains(&args.len())
}

/// `errno`, `strerror`, `filename`, `filename2`.
pub fn attr(args: &[Value], name: &str) -> Option<Value> {
    let at = |i: usize| {
        if has_errno(args) {
            args.get(i).cloned().unwrap_or(Value::None)
        } else {
            Value::None
        }
    };
    match name {
        "errno" => Some(at(0)),
        "strerror" => Some(at(1)),
        "filename" => Some(if args.len() >= 3 { at(2) } else { Value::None }),
        "filename2" => Some(if args.len() >= 5 { at(4) } else { Value::None }),
        _ => None,
    }
}

/// `BlockingIOError(errno, strerror, characters_written)`: a number where the filename
/// would be is how many characters were written (CPython's `OSError_init`), not a filename.
pub fn written_count(args: &[Value], blocking_io: bool) -> Option<&Value> {
    match args {
        [_, _, n @ (Value::Int(_) | Value::Bool(_) | Value::Float(_))] if blocking_io => Some(n),
        _ => None,
    }
}

/// The arguments that name the error: without a `BlockingIOError`'s written count.
pub fn naming_args(args: &[Value], blocking_io: bool) -> &[Value] {
    if written_count(args, blocking_io).is_some() {
        &args[..2]
    } else {
        args
    }
}

/// What `exc.args` and the repr show: CPython keeps a filename (and winerror, filename2)
/// as attributes only, so `OSError(2, 'No such file', 'cfg.ini').args` is `(2, 'No such
/// file')`.
pub fn visible_args(args: &[Value], blocking_io: bool) -> &[Value] {
    if written_count(args, blocking_io).is_some() {
        return args;
    }
    if (3..=5).contains(&args.len()) && !args[2].is_none() {
        &args[..2]
    } else {
        args
    }
}

/// The parts of `str(exc)` when it has an errno: `(errno, strerror, filename, filename2)`.
pub fn str_parts(args: &[Value]) -> Option<(&Value, &Value, Option<&Value>, Option<&Value>)> {
    if !has_errno(args) {
        return None;
    }
    let filename = args.get(2).filter(|f| !f.is_none());
    let filename2 = args.get(4).filter(|f| !f.is_none());
    Some((&args[0], &args[1], filename, filename2))
}
