//! `_loopscope`: what the library modules written in Python need from the engine and CPython
//! gets from frame objects and `linecache`: the program's frame that called into the library
//! (`logging`'s `findCaller`), and tracebacks formatted as the engine prints them
//! (`traceback.format_exception`), and the frame a warning is attributed to, counted as
//! CPython counts `warnings.warn`'s `stacklevel` (`warn_frame`).

use crate::vm::call::check_arity;
use crate::vm::coroutine_origin::CallSite;
use crate::vm::frame::Frame;
use crate::vm::modules::native_module;
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::warnings::LoopFrame;
use crate::vm::{Args, PyResult, Vm};
use loopscope_pyfmt as pyfmt;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("caller", caller),
    ("format_exception", format_exception),
    ("format_markup", format_markup),
    ("format_exception_only", format_exception_only),
    ("format_stack", format_stack),
    ("call_stack", call_stack),
    ("traceback_entries", traceback_entries),
    ("default_int_handler", default_int_handler),
    ("loop_wakeup_fd", loop_wakeup_fd),
    ("mark_iterable_coroutine", mark_iterable_coroutine),
    ("source_line", source_line),
    ("int_unlimited", int_unlimited),
    ("str_unlimited", str_unlimited),
    ("unsupported", unsupported),
    ("warn_frame", warn_frame),
];

pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_loopscope", FUNCTIONS)
}

/// `signal.default_int_handler(signalnum, frame)`: CPython's SIGINT handler, a built-in
/// function that raises `KeyboardInterrupt()`.
fn default_int_handler(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let class = vm.types.exc(crate::ExcKind::KeyboardInterrupt).clone();
    Err(crate::vm::PyErr::Exception(vm.new_exception(&class, Vec::new())))
}

/// `types.coroutine`'s step for a generator function: its code gets `CO_ITERABLE_COROUTINE`,
/// so the generators it makes can be awaited (`Vm::get_awaitable`).
fn mark_iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "mark_iterable_coroutine", &args, 1, 1)?;
    match &args.pos[0] {
        Value::Function(f) if f.code.kind == crate::compiler::code::CodeKind::Generator => {
            f.code.iterable_coroutine.set(true);
            Ok(Value::None)
        }
        _ => Err(vm.new_error(crate::ExcKind::TypeError, "a generator function is required")),
    }
}

/// The file descriptor of a loop's self-pipe writing end (`loop._csock.fileno()`, what
/// `add_signal_handler` gives `signal.set_wakeup_fd`), or -1 when the program does not use the
/// network: only then does the simulation make the loop's self-pipe.
fn loop_wakeup_fd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "loop_wakeup_fd", &args, 1, 1)?;
    let Value::Loop(l) = &args.pos[0] else {
        return Err(vm.new_error(crate::ExcKind::TypeError, "an event loop is required"));
    };
    let fd = match &l.state.borrow().selector {
        crate::asyncio::selector::Selector::Kernel(k) => i64::from(k.csock.0),
        _ => -1,
    };
    Ok(Value::Int(fd))
}

/// `(filename, line, function)` of the innermost program (not library) frame, or `None`.
fn caller(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "caller", &args, 0, 1)?;
    // `stacklevel`: the n-th of the program's frames from the top (logging's `findCaller`
    // counts the frames that are not its own; the deepest one when there are fewer).
    let level = match args.pos.first() {
        Some(v) => crate::vm::builtins::arg_i64(vm, v, "")?.max(1) as usize,
        None => 1,
    };
    let mut program_frames = vm.frames.iter().rev().filter(|f| !f.code.is_library);
    let mut found = program_frames.next();
    for _ in 1..level {
        match program_frames.next() {
            Some(f) => found = Some(f),
            None => break,
        }
    }
    Ok(match found {
        Some(f) => Value::tuple(vec![
            Value::str(&f.code.filename),
            Value::Int(i64::from(f.current_line())),
            Value::str(&f.code.name),
        ]),
        None => Value::None,
    })
}

/// The traceback text of an exception, with its causes and contexts unless `chain` is false.
/// `limit` (third, `None`: all) keeps that many frames of each traceback, as
/// `traceback.format_exception(limit=...)` does.
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_exception", &args, 3, 3)?;
    let chain = vm.truthy(&args.pos[1])?;
    let limit = match &args.pos[2] {
        Value::None => None,
        limit => Some(crate::vm::builtins::arg_i64(vm, limit, "")?),
    };
    Ok(Value::string(vm.format_exception_limited(&args.pos[0], chain, limit)))
}

/// `ValueError: message` (and any notes), the last part of a traceback.
fn format_exception_only(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_exception_only", &args, 1, 1)?;
    let line = vm.exception_line(&args.pos[0]);
    Ok(Value::string(format!("{line}\n")))
}

/// The program's frames that lead to the library call, outermost first, as a traceback
/// prints them.
fn format_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_stack", &args, 0, 0)?;
    let entries: Vec<(Rc<str>, u32, Rc<str>)> = vm
        .frames
        .iter()
        .filter(|f| !f.code.is_library)
        .map(|f| (f.code.filename.clone(), f.current_line(), f.code.name.clone()))
        .collect();
    let mut out = String::new();
    for (file, line, name) in entries {
        out.push_str(&vm.format_frame_line(&file, line, &name));
    }
    Ok(Value::string(out))
}

/// `call_stack()`: the stack as CPython would have it, innermost first, as
/// `(filename, lineno, name, is_library)` tuples: what `traceback.extract_stack` walks
/// (asyncio's loop frames included; the traceback module drops its own frames).
fn call_stack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "call_stack", &args, 0, 0)?;
    let entries = cpython_stack(vm, usize::MAX).into_iter().map(|site| {
        Value::tuple(vec![
            Value::str(&site.filename),
            Value::Int(i64::from(site.line)),
            Value::str(&site.function),
            Value::Bool(site.library),
        ])
    });
    Ok(Value::list(entries.collect()))
}

/// `traceback_entries(tb)`: the frames of a traceback chain from `tb` inward, as
/// `(filename, lineno, name, is_library, caret line or None)` (`Vm::traceback_entries`).
fn traceback_entries(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "traceback_entries", &args, 1, 1)?;
    Ok(Value::list(vm.traceback_entries(&args.pos[0])))
}

/// `unsupported(construct)`: library code stops the run at something not supported yet.
fn unsupported(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "unsupported", &args, 1, 1)?;
    let construct = vm.str_of(&args.pos[0])?;
    Err(vm.unsupported_now(&construct))
}

/// The text of line `line` of `filename` (what `linecache.getline` would find): the
/// program's own lines, and the lines of CPython's asyncio a warning can be attributed to;
/// empty for anything else.
/// `format_markup(text)`: `string.Formatter.parse`'s rows as `_string.formatter_parser`
/// yields them, `(literal, field_name, format_spec, conversion)` with `None` for a missing
/// field, and the syntax error that ends them (its message, or `None`), so the library's
/// generator yields the rows before raising it, as CPython's lazy iterator does.
fn format_markup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "format_markup", &args, 1, 1)?;
    let Value::Str(text) = &args.pos[0] else {
        return Err(vm.new_error(crate::ExcKind::TypeError, "format_markup() needs a str"));
    };
    let mut pieces = pyfmt::format_pieces(text.as_str());
    let mut rows = Vec::new();
    let mut error = Value::None;
    while let Some(step) = pieces.next_markup() {
        match step {
            Ok((literal, field)) => rows.push(markup_row(literal, field)),
            Err(e) => error = Value::string(e.message),
        }
    }
    Ok(Value::tuple(vec![Value::list(rows), error]))
}

fn markup_row(literal: &str, field: Option<pyfmt::ReplacementField<'_>>) -> Value {
    let Some(field) = field else {
        return Value::tuple(vec![Value::str(literal), Value::None, Value::None, Value::None]);
    };
    let conversion = field.conversion.map_or(Value::None, |c| Value::string(c.to_string()));
    Value::tuple(vec![
        Value::str(literal),
        Value::str(field.field_name),
        Value::str(field.format_spec),
        conversion,
    ])
}

fn source_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "source_line", &args, 2, 2)?;
    let filename = vm.str_of(&args.pos[0])?;
    let Value::Int(line) = args.pos[1] else { return Ok(Value::str("")) };
    let Ok(line) = u32::try_from(line) else { return Ok(Value::str("")) };
    Ok(Value::string(vm.source_text_at(&filename, line)))
}

/// Runs `f` with no limit on int/str conversions: `decimal` is C in CPython, whose
/// coefficients of any length convert without `sys.set_int_max_str_digits`'s limit.
fn without_digit_limit<R>(f: impl FnOnce() -> R) -> R {
    let limit = loopscope_pyfmt::int_max_str_digits();
    loopscope_pyfmt::set_int_max_str_digits(0);
    let r = f();
    loopscope_pyfmt::set_int_max_str_digits(limit);
    r
}

/// `int_unlimited(x)`: `int(x)`, a digit string of any length included.
fn int_unlimited(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "int_unlimited", &args, 1, 1)?;
    let int = Value::Class(vm.types.int.clone());
    without_digit_limit(|| vm.call1(&int, args.pos[0].clone()))
}

/// `str_unlimited(x)`: `str(x)`, an int of any length included.
fn str_unlimited(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "str_unlimited", &args, 1, 1)?;
    without_digit_limit(|| vm.str_of(&args.pos[0])).map(Value::string)
}

/// Frames of our library that are C code in CPython (no frame of their own there), so that
/// a warning's `stacklevel` does not count them and `traceback.extract_tb` does not list them.
pub(crate) fn native_in_cpython(code: &crate::compiler::code::CodeObj) -> bool {
    match &*code.filename {
        "<stdlib>/warnings.py" | "<stdlib>/contextvars.py" => true,
        // `_io`, `_csv`, `_bisect`, `_datetime`, `_struct`, `_decimal`, `_operator`.
        "<stdlib>/io.py"
        | "<stdlib>/csv.py"
        | "<stdlib>/bisect.py"
        | "<stdlib>/datetime.py"
        | "<stdlib>/struct.py"
        | "<stdlib>/decimal.py"
        | "<stdlib>/operator.py" => true,
        // `_collections`' OrderedDict.
        "<stdlib>/collections/__init__.py" => code.qualname.starts_with("OrderedDict."),
        "<stdlib>/functools.py" => matches!(
            &*code.qualname,
            "partial.__call__"
                | "reduce"
                | "_lru_cache_wrapper.__call__"
                | "_lru_cache_wrapper._call_bounded"
                | "_make_key"
                | "_HashedKey.__new__"
                | "_HashedKey.__hash__"
        ),
        _ => false,
    }
}

/// `warn_frame(stacklevel)`: where CPython's `warnings.warn` attributes a warning:
/// `(filename, line, module)` of the frame `stacklevel` levels up from warn's caller, or
/// `(filename, line, module name)` for a frame of CPython's asyncio loop (the native loop
/// here has none: a callback's frames sit on `Handle._run`, `_run_once`, `run_forever`,
/// `run_until_complete` and `asyncio.run`'s), or `None` past the outermost frame (`sys:1`).
fn warn_frame(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "warn_frame", &args, 1, 1)?;
    let Value::Int(level) = args.pos[0] else {
        let what = vm.type_name(&args.pos[0]);
        let message = format!("'{what}' object cannot be interpreted as an integer");
        return Err(vm.new_error(crate::ExcKind::TypeError, &message));
    };
    let up = usize::try_from(level.max(1) - 1).unwrap_or(usize::MAX);
    Ok(match cpython_frames(vm).nth(up) {
        Some(CpythonFrame::Loop(frame)) => Value::tuple(vec![
            Value::str(frame.file),
            Value::Int(i64::from(frame.line)),
            Value::str(frame.module),
        ]),
        Some(CpythonFrame::Python(f)) => Value::tuple(vec![
            Value::str(&f.code.filename),
            Value::Int(i64::from(f.current_line())),
            Value::Module(f.module.clone()),
        ]),
        None => Value::None,
    })
}

/// The innermost `limit` frames of the Python stack as CPython would have it, innermost
/// first: what `tracemalloc` records for an object created now, and a coroutine's
/// `cr_origin`.
pub(crate) fn cpython_stack(vm: &Vm, limit: usize) -> Vec<CallSite> {
    cpython_frames(vm)
        .take(limit)
        .map(|frame| match frame {
            CpythonFrame::Loop(f) => CallSite {
                filename: Rc::from(f.file),
                line: f.line,
                function: Rc::from(f.function),
                library: true,
            },
            CpythonFrame::Python(f) => CallSite {
                filename: f.code.filename.clone(),
                line: f.current_line(),
                function: f.code.name.clone(),
                library: f.code.is_library,
            },
        })
        .collect()
}

/// A frame of the stack as CPython would have it.
pub(crate) enum CpythonFrame<'a> {
    /// One of asyncio's loop frames.
    Loop(&'static LoopFrame),
    Python(&'a Frame),
}

/// The stack as CPython would have it, innermost first: the frames of library code that is C
/// in CPython left out, and asyncio's loop frames where a callback of the loop began.
pub(crate) fn cpython_frames(vm: &Vm) -> impl Iterator<Item = CpythonFrame<'_>> {
    let callback_base = vm.thread.in_callback().then_some(vm.thread.callback_base_frames);
    let frames = &vm.frames;
    (0..=frames.len()).rev().flat_map(move |i| {
        let loop_frames: &'static [_] =
            if callback_base == Some(i) { crate::vm::warnings::LOOP_FRAMES } else { &[] };
        let own = i.checked_sub(1).map(|j| &*frames[j]).filter(|f| !native_in_cpython(&f.code));
        loop_frames.iter().map(CpythonFrame::Loop).chain(own.map(CpythonFrame::Python))
    })
}

/// What a `functools.partial` (the library's class in `lib/functools.py`, or a subclass)
/// holds: its function, arguments and keywords, read from its `_state` slot without running
/// program code (reprs, trace labels and `inspect` must not change what the program does).
pub(crate) struct PartialState {
    pub func: Value,
    pub args: Vec<Value>,
    pub keywords: Rc<crate::vm::objects::DictObj>,
}

pub(crate) fn partial_state(v: &Value) -> Option<PartialState> {
    let Value::Instance(inst) = v else { return None };
    if !inst.class.mro().any(|c| &*c.name == "partial" && &*c.module == "functools") {
        return None;
    }
    let state = inst.dict.borrow().get("_state").cloned()?;
    let Value::Tuple(state) = state else { return None };
    match &state.items[..] {
        [func, Value::Tuple(args), Value::Dict(keywords)] => Some(PartialState {
            func: func.clone(),
            args: args.items.to_vec(),
            keywords: keywords.clone(),
        }),
        _ => None,
    }
}
