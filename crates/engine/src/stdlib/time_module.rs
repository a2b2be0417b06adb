//! The `time` module on the virtual clock: `time()`, `monotonic()` and `perf_counter()` read
//! it, `sleep()` moves it (blocking the calling thread: the whole loop on the loop's thread), and the calendar functions
//! format it as UTC (virtual 0 is 1970-01-01 00:00:00).

use super::modules_common::to_pyerr;
use super::timefmt::{self, StructTime};
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native;
use crate::vm::objects::{InstanceObj, ModuleObj, NativeFn};
use crate::vm::types::Types;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use std::cell::RefCell;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("monotonic", monotonic),
    ("perf_counter", perf_counter),
    // CPU time, which costs nothing here (the harness leaves CPython's real one).
    ("process_time", process_time),
    ("thread_time", thread_time),
    ("process_time_ns", process_time_ns),
    ("thread_time_ns", thread_time_ns),
    ("time_ns", time_ns),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter_ns", perf_counter_ns),
    ("sleep", sleep),
    ("localtime", localtime),
    ("gmtime", gmtime),
    ("strftime", strftime),
    ("strptime", strptime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("mktime", mktime),
];

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("time", FUNCTIONS);
    module.set("struct_time", Value::Class(vm.types.struct_time.clone()));
    module.set("timezone", Value::Int(0));
    module.set("altzone", Value::Int(0));
    module.set("daylight", Value::Int(0));
    module.set("tzname", Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]));
    module
}

/// `struct_time`'s methods: it is a sequence of 9 ints with named fields.
pub fn install_methods(types: &Types) {
    Types::add_methods(
        &types.struct_time,
        "struct_time",
        &[
            ("__repr__", struct_repr),
            ("__getitem__", struct_getitem),
            ("__len__", struct_len),
            ("__iter__", struct_iter),
            // Compared as the tuple of its nine fields, as the struct sequences of `sys`
            // are (CPython's is a tuple subclass). It still hashes by identity here.
            ("__eq__", native::struct_eq),
            ("__ne__", native::struct_ne),
            ("__lt__", native::struct_lt),
            ("__le__", native::struct_le),
            ("__gt__", native::struct_gt),
            ("__ge__", native::struct_ge),
        ],
    );
}

/// The clocks: the wall clocks read the virtual clock, the CPU clocks the virtual CPU time
/// of the thread or its process, in seconds or nanoseconds. Each has its
/// own function only so that an argument error names it (`time.monotonic() takes no
/// arguments`).
macro_rules! clocks {
    ($(($function:ident, $name:literal, $read:ident)),* $(,)?) => {$(
        fn $function(vm: &mut Vm, args: Args) -> PyResult<Value> {
            check_arity(vm, concat!("time.", $name), &args, 0, 0)?;
            Ok($read(vm))
        }
    )*};
}

clocks!(
    (time, "time", seconds),
    (monotonic, "monotonic", seconds),
    (perf_counter, "perf_counter", seconds),
    (process_time, "process_time", process_seconds),
    (thread_time, "thread_time", thread_seconds),
    (time_ns, "time_ns", nanoseconds),
    (monotonic_ns, "monotonic_ns", nanoseconds),
    (perf_counter_ns, "perf_counter_ns", nanoseconds),
    (process_time_ns, "process_time_ns", process_nanoseconds),
    (thread_time_ns, "thread_time_ns", thread_nanoseconds),
);

fn seconds(vm: &mut Vm) -> Value {
    Value::Float(vm.clock.now())
}

fn nanoseconds(vm: &mut Vm) -> Value {
    Value::Int((vm.clock.now() * 1e9).round() as i64)
}

fn process_seconds(vm: &mut Vm) -> Value {
    Value::Float(vm.cpu_seconds(true))
}

fn thread_seconds(vm: &mut Vm) -> Value {
    Value::Float(vm.cpu_seconds(false))
}

fn process_nanoseconds(vm: &mut Vm) -> Value {
    Value::Int((vm.cpu_seconds(true) * 1e9).round() as i64)
}

fn thread_nanoseconds(vm: &mut Vm) -> Value {
    Value::Int((vm.cpu_seconds(false) * 1e9).round() as i64)
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let green = vm.take_direct_call();
    check_arity(vm, "time.sleep", &args, 1, 1)?;
    // An int or float subclass's instance (an IntEnum member) sleeps its value.
    let seconds = match crate::vm::builtin_subclass::number_of(&args.pos[0]) {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        Value::Bool(b) => *b as i64 as f64,
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
            ))
        }
    };
    if seconds < 0.0 {
        return Err(vm.new_error(ExcKind::ValueError, "sleep length must be non-negative"));
    }
    if seconds.is_nan() {
        return Err(vm.new_error(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    // Only the running thread waits (issue 14): with no other thread the clock just moves.
    vm.sleep_current(seconds, green)
}

/// A `time.struct_time` value.
fn struct_value(vm: &Vm, t: &StructTime) -> Value {
    let mut dict = crate::vm::objects::AttrDict::default();
    for (name, v) in FIELDS.iter().zip(t.fields()) {
        dict.insert(Rc::<str>::from(*name), Value::Int(v));
    }
    dict.insert("tm_zone".into(), t.zone.as_deref().map(Value::str).unwrap_or(Value::None));
    dict.insert("tm_gmtoff".into(), t.gmtoff.map(Value::Int).unwrap_or(Value::None));
    Value::Instance(Rc::new(InstanceObj {
        class: vm.types.struct_time.clone(),
        dict: RefCell::new(dict.into()),
        exception: None,
        native: None,
        finalized: std::cell::Cell::new(false),
    }))
}

/// A struct_time or 9-tuple argument of the function `caller`.
fn struct_arg(vm: &mut Vm, v: &Value, caller: &str) -> PyResult<StructTime> {
    let items = match v {
        Value::Instance(i) if Rc::ptr_eq(&i.class, &vm.types.struct_time) => {
            let dict = i.dict.borrow();
            let fields: Vec<i64> = FIELDS
                .iter()
                .map(|f| match dict.get(f) {
                    Some(Value::Int(x)) => *x,
                    _ => 0,
                })
                .collect();
            let zone = match dict.get("tm_zone") {
                Some(Value::Str(s)) => Some(s.as_str().to_string()),
                _ => None,
            };
            let gmtoff = match dict.get("tm_gmtoff") {
                Some(Value::Int(x)) => Some(*x),
                _ => None,
            };
            let mut arr = [0i64; 9];
            arr.copy_from_slice(&fields);
            let mut t = StructTime::from_tuple(arr);
            t.zone = zone;
            t.gmtoff = gmtoff;
            return Ok(t);
        }
        Value::Tuple(t) => t.items.to_vec(),
        _ => return Err(vm.new_error(ExcKind::TypeError, "Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        let msg = format!("{caller}(): illegal time tuple argument");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let mut arr = [0i64; 9];
    for (slot, v) in arr.iter_mut().zip(items.iter()) {
        *slot = crate::vm::builtins::arg_i64(vm, v, "")?;
    }
    Ok(StructTime::from_tuple(arr))
}

/// `time.strptime(string, format)`: the library's `_strptime._strptime_time` parses (as
/// CPython's C function calls it), the fields become a `struct_time` with
/// the zone name matched by `%Z` and the offset given by `%z`.
fn strptime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(module) = crate::stdlib::library::find("_strptime") else {
        return Err(vm.internal_error("the library's _strptime is missing"));
    };
    let module = vm.import_library_cached(module)?;
    // Its arity errors are the Python function's, as in CPython.
    let parse = vm.get_attr(&module, "_strptime_time")?;
    let fields = vm.call(&parse, args)?;
    let Value::Tuple(fields) = fields else {
        return Err(vm.internal_error("_strptime gave no fields"));
    };
    let mut numbers = [0i64; 9];
    for (slot, v) in numbers.iter_mut().zip(fields.items.iter()) {
        *slot = crate::vm::builtins::arg_i64(vm, v, "")?;
    }
    let mut st = StructTime::from_tuple(numbers);
    st.zone = fields.items.get(9).and_then(|v| v.as_str().map(str::to_string));
    st.gmtoff = match fields.items.get(10) {
        Some(Value::Int(off)) => Some(*off),
        _ => None,
    };
    Ok(struct_value(vm, &st))
}

/// The timestamp argument of `localtime`/`gmtime`/`ctime`: the virtual clock when omitted.
fn timestamp_arg(vm: &mut Vm, args: &Args) -> PyResult<f64> {
    match args.pos.first() {
        None | Some(Value::None) => Ok(vm.clock.now()),
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Int(i)) => Ok(*i as f64),
        Some(Value::Bool(b)) => Ok(*b as i64 as f64),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
        )),
    }
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "localtime", &args, 0, 1)?;
    let t = timestamp_arg(vm, &args)?;
    let st = StructTime::localtime(t).map_err(|e| to_pyerr(vm, e))?;
    Ok(struct_value(vm, &st))
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gmtime", &args, 0, 1)?;
    let t = timestamp_arg(vm, &args)?;
    let st = StructTime::from_timestamp(t).map_err(|e| to_pyerr(vm, e))?;
    Ok(struct_value(vm, &st))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "strftime", &args, 1, 2)?;
    let Some(format) = args.pos[0].as_str().map(str::to_string) else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("strftime() argument 1 must be str, not {}", vm.arg_type_name(&args.pos[0])),
        ));
    };
    let st = match args.pos.get(1) {
        Some(v) => struct_arg(vm, v, "strftime")?,
        None => {
            let now = vm.clock.now();
            StructTime::localtime(now).map_err(|e| to_pyerr(vm, e))?
        }
    };
    let s = timefmt::strftime(&format, &st).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::string(s))
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "asctime", &args, 0, 1)?;
    let st = match args.pos.first() {
        Some(v) => struct_arg(vm, v, "asctime")?,
        None => {
            let now = vm.clock.now();
            StructTime::localtime(now).map_err(|e| to_pyerr(vm, e))?
        }
    };
    let s = timefmt::asctime(&st).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::string(s))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "ctime", &args, 0, 1)?;
    let t = timestamp_arg(vm, &args)?;
    let s = timefmt::ctime(t).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::string(s))
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "mktime", &args, 1, 1)?;
    let st = struct_arg(vm, &args.pos[0], "mktime")?;
    let t = timefmt::mktime(&st).map_err(|e| to_pyerr(vm, e))?;
    Ok(Value::Float(t))
}

/// The nine fields as stored: the ints `time`'s functions made, or whatever values a
/// program gave `time.struct_time(...)` (CPython's structseq converts none of them).
/// A `struct_time`'s nine fields, in order.
pub(crate) fn struct_time_fields(time: &InstanceObj) -> Vec<Value> {
    let dict = time.dict.borrow();
    FIELDS.iter().map(|f| dict.get(f).cloned().unwrap_or(Value::None)).collect()
}

fn struct_fields(vm: &mut Vm, args: &Args) -> PyResult<Vec<Value>> {
    match args.pos.first() {
        Some(Value::Instance(i)) if Rc::ptr_eq(&i.class, &vm.types.struct_time) => {
            Ok(struct_time_fields(i))
        }
        other => {
            let st = struct_arg(vm, other.unwrap_or(&Value::None), "struct_time")?;
            Ok(st.fields().iter().map(|v| Value::Int(*v)).collect())
        }
    }
}

fn struct_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fields = struct_fields(vm, &args)?;
    let mut out = String::from("time.struct_time(");
    for (i, (name, value)) in FIELDS.iter().zip(&fields).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        out.push_str(&vm.repr(value)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// `time.struct_time(sequence)`: 9 to 11 items (the last two are `tm_zone` and
/// `tm_gmtoff`), kept as they are.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some((name, _)) = args.keywords().next() {
        let msg = format!("'{name}' is an invalid keyword argument for structseq()");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    if args.pos.is_empty() {
        let msg = "structseq() missing required argument 'sequence' (pos 1)";
        return Err(vm.new_error(ExcKind::TypeError, msg));
    }
    check_arity(vm, "structseq", &args, 1, 2)?;
    let sequence = &args.pos[0];
    // Any iterable will do (`PySequence_Fast`); only a non-iterable gets this message.
    let iterator = match vm.get_iter(sequence) {
        Err(PyErr::Exception(e)) if vm.exception_is(&e, ExcKind::TypeError) => {
            return Err(vm.new_error(ExcKind::TypeError, "constructor requires a sequence"))
        }
        other => other?,
    };
    let items = vm.collect(&iterator)?;
    let given = items.len();
    if given < FIELDS.len() {
        let msg =
            format!("time.struct_time() takes an at least 9-sequence ({given}-sequence given)");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    if given > FIELDS.len() + 2 {
        let msg =
            format!("time.struct_time() takes an at most 11-sequence ({given}-sequence given)");
        return Err(vm.new_error(ExcKind::TypeError, &msg));
    }
    let mut dict = crate::vm::objects::AttrDict::default();
    let extra = ["tm_zone", "tm_gmtoff"];
    let mut items = items.into_iter();
    for name in FIELDS.iter().chain(&extra) {
        dict.insert(Rc::<str>::from(*name), items.next().unwrap_or(Value::None));
    }
    Ok(Value::Instance(Rc::new(InstanceObj {
        class: vm.types.struct_time.clone(),
        dict: RefCell::new(dict.into()),
        exception: None,
        native: None,
        finalized: std::cell::Cell::new(false),
    })))
}

fn struct_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__getitem__", &args, 2, 2)?;
    let fields = struct_fields(vm, &args)?;
    vm.get_item(&Value::tuple(fields), &args.pos[1])
}

fn struct_len(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(9))
}

fn struct_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fields = struct_fields(vm, &args)?;
    vm.get_iter(&Value::tuple(fields))
}
