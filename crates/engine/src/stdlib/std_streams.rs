//! `sys.stdin`, `sys.stdout` and `sys.stderr`: one native `_io.TextIOWrapper` class, as in
//! CPython. Standard output and error write to the run's console. Standard input is empty, as
//! under `python3 prog.py < /dev/null` (the conformance harness runs CPython so, and `input()`
//! raises `EOFError` here for the same reason): reading gives `''`, iterating gives nothing.

use crate::vm::call::check_arity;
use crate::vm::native::{NativeClass, NativeState, Stream};
use crate::vm::objects::ModuleObj;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

const STREAM: NativeClass = NativeClass {
    module: "_io",
    name: "TextIOWrapper",
    methods: &[
        ("write", stream_write),
        ("writelines", stream_writelines),
        ("flush", stream_flush),
        ("read", stream_read),
        ("readline", stream_readline),
        ("readlines", stream_readlines),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("close", stream_close),
        ("__enter__", stream_enter),
        ("__exit__", stream_exit),
        ("isatty", stream_isatty),
        ("readable", stream_readable),
        ("seekable", stream_seekable),
        ("writable", stream_writable),
        ("fileno", stream_fileno),
    ],
    new: None,
};

/// What a standard stream is and how CPython opens it (a pipe or `/dev/null` in a UTF-8
/// locale: stderr is always line-buffered and escapes what it cannot encode).
struct Opened {
    stream: Stream,
    name: &'static str,
    mode: &'static str,
    errors: &'static str,
    line_buffering: bool,
}

const OPENED: [Opened; 3] = [
    Opened {
        stream: Stream::Stdin,
        name: "<stdin>",
        mode: "r",
        errors: "strict",
        line_buffering: false,
    },
    Opened {
        stream: Stream::Stdout,
        name: "<stdout>",
        mode: "w",
        errors: "strict",
        line_buffering: false,
    },
    Opened {
        stream: Stream::Stderr,
        name: "<stderr>",
        mode: "w",
        errors: "backslashreplace",
        line_buffering: true,
    },
];

/// Makes the three streams and puts them in `sys` (`stdin` and `__stdin__`, ...).
pub(crate) fn install(vm: &mut Vm, sys: &ModuleObj) {
    let class = vm.native_class(&STREAM);
    for opened in &OPENED {
        let stream = vm.new_native(class.clone(), NativeState::Stream(opened.stream));
        if let Value::Instance(inst) = &stream {
            let mut dict = inst.dict.borrow_mut();
            dict.insert(Rc::<str>::from("name"), Value::str(opened.name));
            dict.insert(Rc::<str>::from("mode"), Value::str(opened.mode));
            dict.insert(Rc::<str>::from("encoding"), Value::str("utf-8"));
            dict.insert(Rc::<str>::from("errors"), Value::str(opened.errors));
            dict.insert(Rc::<str>::from("closed"), Value::Bool(false));
            dict.insert(Rc::<str>::from("line_buffering"), Value::Bool(opened.line_buffering));
            dict.insert(Rc::<str>::from("newlines"), Value::None);
        }
        let short = sys_name(opened.stream);
        sys.set(short, stream.clone());
        sys.set(&format!("__{short}__"), stream);
    }
}

/// The attributes of CPython's `TextIOWrapper` this one lacks: reading one names it as not
/// supported (`sys.stdout.buffer`) rather than an AttributeError the program did not earn.
const NOT_YET: &[&str] =
    &["buffer", "detach", "reconfigure", "seek", "tell", "truncate", "write_through"];

/// The construct to report for attribute `name` of `stream`, if it is one of `NOT_YET`.
pub(crate) fn unsupported_attribute(stream: Stream, name: &str) -> Option<String> {
    NOT_YET.contains(&name).then(|| format!("`sys.{}.{name}`", sys_name(stream)))
}

/// The stream's name in `sys` (`sys.stdin`; `sys.__stdin__` keeps the original).
fn sys_name(stream: Stream) -> &'static str {
    match stream {
        Stream::Stdin => "stdin",
        Stream::Stdout => "stdout",
        Stream::Stderr => "stderr",
    }
}

/// `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>`.
pub fn stream_repr(stream: Stream) -> String {
    let opened = OPENED.iter().find(|o| o.stream == stream).unwrap_or(&OPENED[1]);
    format!("<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>", opened.name, opened.mode)
}

impl Vm {
    /// What the program put in `sys.stdin`/`sys.stdout`/`sys.stderr` in place of `stream`:
    /// `None` while it is the real one (or `sys` was never imported). `print()` writes to the
    /// replaced `sys.stdout`, and `input()` reads the replaced `sys.stdin`.
    pub(crate) fn replaced_stream(&self, stream: Stream) -> Option<Value> {
        // `sys_modules` is set when `sys` is imported: most programs never pay the lookup.
        self.sys_modules.as_ref()?;
        let Some(Value::Module(sys)) = self.modules.get("sys") else { return None };
        let current = sys.get(sys_name(stream))?;
        match crate::vm::native::native_state(&current) {
            Some(NativeState::Stream(s)) if *s == stream => None,
            _ => Some(current),
        }
    }

    /// Writes to a standard output stream.
    pub(crate) fn write_stream(&mut self, stream: Stream, text: &str) -> PyResult<()> {
        match stream {
            Stream::Stdout => self.write_stdout(text),
            Stream::Stderr => {
                self.write_stderr(text);
                Ok(())
            }
            Stream::Stdin => Err(unsupported_operation(self, "not writable")),
        }
    }
}

fn stream_of(vm: &Vm, args: &Args, method: &str) -> PyResult<Stream> {
    match args.pos.first().and_then(crate::vm::native::native_state) {
        Some(NativeState::Stream(s)) => Ok(*s),
        _ => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("descriptor '{method}' for '_io.TextIOWrapper' objects doesn't apply to this object"),
        )),
    }
}

/// `io.UnsupportedOperation(message)`: what a stream raises for what its mode does not do.
fn unsupported_operation(vm: &mut Vm, message: &str) -> PyErr {
    let class = match vm.import_module("io").and_then(|io| vm.get_attr(&io, "UnsupportedOperation"))
    {
        Ok(Value::Class(class)) => class,
        Ok(_) => return vm.internal_error("io.UnsupportedOperation is not a class"),
        Err(e) => return e,
    };
    vm.error_of_class(&class, message)
}

fn is_closed(args: &Args) -> bool {
    match args.pos.first() {
        Some(Value::Instance(inst)) => {
            matches!(inst.dict.borrow().get("closed"), Some(Value::Bool(true)))
        }
        _ => false,
    }
}

/// The stream of a read: `ValueError` once closed, `UnsupportedOperation` for an output one.
fn readable_stream(vm: &mut Vm, args: &Args, method: &str) -> PyResult<()> {
    let stream = stream_of(vm, args, method)?;
    if is_closed(args) {
        return Err(vm.new_error(ExcKind::ValueError, "I/O operation on closed file."));
    }
    if stream != Stream::Stdin {
        return Err(unsupported_operation(vm, "not readable"));
    }
    Ok(())
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stream = stream_of(vm, &args, "write")?;
    check_arity(vm, "write", &args, 2, 2)?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("write() argument must be str, not {}", vm.type_name(&args.pos[1])),
        ));
    };
    vm.write_stream(stream, s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let stream = stream_of(vm, &args, "writelines")?;
    check_arity(vm, "writelines", &args, 2, 2)?;
    let lines = vm.collect(&args.pos[1])?;
    for line in lines {
        let Value::Str(s) = &line else {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("write() argument must be str, not {}", vm.type_name(&line)),
            ));
        };
        vm.write_stream(stream, s.as_str())?;
    }
    Ok(Value::None)
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_of(vm, &args, "flush")?;
    Ok(Value::None)
}

/// The optional size of `read`, `readline` and `readlines`, checked as Argument Clinic does
/// (`read` and `readlines` take None too); standard input has nothing to read whatever it is.
fn check_size(vm: &mut Vm, args: &Args, method: &str, takes_none: bool) -> PyResult<()> {
    crate::vm::call::no_keywords(vm, method, args)?;
    if args.pos.len() > 2 {
        let message = format!("{method} expected at most 1 argument, got {}", args.pos.len() - 1);
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let Some(size) = args.pos.get(1) else { return Ok(()) };
    if takes_none && size.is_none() {
        return Ok(());
    }
    match vm.exact_index(size)? {
        Some(Value::Int(_)) => Ok(()),
        Some(_) => {
            Err(vm
                .new_error(ExcKind::OverflowError, "cannot fit 'int' into an index-sized integer"))
        }
        None if takes_none => {
            let message =
                format!("argument should be integer or None, not '{}'", vm.type_name(size));
            Err(vm.new_error(ExcKind::TypeError, &message))
        }
        None => {
            let message =
                format!("'{}' object cannot be interpreted as an integer", vm.type_name(size));
            Err(vm.new_error(ExcKind::TypeError, &message))
        }
    }
}

/// `read([size])`: standard input is at its end.
fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The arguments first, as Argument Clinic parses them before the method runs.
    stream_of(vm, &args, "read")?;
    check_size(vm, &args, "read", true)?;
    readable_stream(vm, &args, "read")?;
    Ok(Value::str(""))
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The arguments first, as Argument Clinic parses them before the method runs.
    stream_of(vm, &args, "readline")?;
    check_size(vm, &args, "readline", false)?;
    readable_stream(vm, &args, "readline")?;
    Ok(Value::str(""))
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The arguments first, as Argument Clinic parses them before the method runs.
    stream_of(vm, &args, "readlines")?;
    check_size(vm, &args, "readlines", true)?;
    readable_stream(vm, &args, "readlines")?;
    Ok(Value::list(Vec::new()))
}

/// A stream is its own iterator (`for line in sys.stdin`).
fn stream_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_of(vm, &args, "__iter__")?;
    if is_closed(&args) {
        return Err(vm.new_error(ExcKind::ValueError, "I/O operation on closed file."));
    }
    Ok(args.pos[0].clone())
}

fn stream_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    readable_stream(vm, &args, "__next__")?;
    Err(vm.stop_iteration(Value::None))
}

fn stream_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_of(vm, &args, "close")?;
    if let Value::Instance(inst) = &args.pos[0] {
        inst.dict.borrow_mut().insert(Rc::<str>::from("closed"), Value::Bool(true));
    }
    Ok(Value::None)
}

fn stream_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_iter(vm, args)
}

fn stream_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_close(vm, args)
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_of(vm, &args, "isatty")?;
    Ok(Value::Bool(false))
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(vm, &args, "readable")? == Stream::Stdin))
}

/// Standard input is `/dev/null`, which can seek; the outputs are pipes, which cannot.
fn stream_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(vm, &args, "seekable")? == Stream::Stdin))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(stream_of(vm, &args, "writable")? != Stream::Stdin))
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match stream_of(vm, &args, "fileno")? {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }))
}
