//! The "Did you mean" hints the CPython 3.11 interpreter adds when it prints an uncaught
//! NameError or AttributeError (`Python/suggestions.c`): the closest name by a Levenshtein
//! distance over UTF-8 bytes where an ASCII case change costs half an edit, among the failing
//! frame's local variables, then the globals, then the builtins (NameError), or `dir()` of the
//! object (AttributeError).
//!
//! Only the interpreter's own printing adds them: `traceback.print_exception` in 3.11 does not
//! (the module learned it in 3.12), and neither does asyncio's logging. So
//! `Vm::format_exception` leaves them out and `Vm::format_uncaught_exception` puts them in.

use super::objects::{ClassObj, TracebackEntry};
use super::value::Value;
use super::Vm;
use crate::ExcKind;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance`: the edit distance between two byte strings, or `max_cost + 1`
/// once it is certainly above `max_cost`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b.iter()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bchar) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &achar) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bchar, achar);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the closest of `candidates` to `wrong` (the first of equally
/// close names wins).
fn closest(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best = usize::MAX;
    let mut suggestion: Option<&String> = None;
    for name in candidates {
        if name == wrong {
            continue;
        }
        let max_distance =
            ((wrong.len() + name.len() + 3) * MOVE_COST / 6).min(best.wrapping_sub(1));
        let distance = levenshtein(wrong.as_bytes(), name.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if suggestion.is_none() || distance < best {
            suggestion = Some(name);
            best = distance;
        }
    }
    suggestion.cloned()
}

impl Vm {
    /// The traceback of an uncaught exception as the interpreter prints it at exit: like
    /// `format_exception`, with the "Did you mean" hint at the end of the line of each
    /// exception of the chain (before its notes).
    pub fn format_uncaught_exception(&mut self, exc: &Value) -> String {
        self.format_exception_as_printed(exc, true)
    }

    /// `. Did you mean: 'print'?` for a NameError or AttributeError the interpreter raised
    /// (it carries the `name`), or nothing.
    pub(crate) fn suggestion_suffix(&mut self, exc: &Value) -> String {
        let is_attr = self.exception_is(exc, ExcKind::AttributeError);
        let is_name = self.exception_is(exc, ExcKind::NameError);
        let Value::Instance(inst) = exc else { return String::new() };
        if !is_attr && !is_name {
            return String::new();
        }
        let wrong = match inst.dict.borrow().get("name") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => return String::new(),
        };
        let suggestion = if is_attr {
            let obj = inst.dict.borrow().get("obj").cloned().unwrap_or(Value::None);
            closest(&wrong, &self.dir_names(&obj))
        } else {
            // Locals, then globals, then builtins: the first pass with a match wins.
            let innermost: Option<TracebackEntry> = super::exceptions::state_of(exc)
                .and_then(|s| s.borrow().traceback.first().cloned());
            let Some(entry) = innermost else { return String::new() };
            let locals: Vec<String> = entry.code.varnames.iter().map(|n| n.to_string()).collect();
            closest(&wrong, &locals).or_else(|| closest(&wrong, &self.global_names())).or_else(
                || {
                    let builtins: Vec<String> =
                        BUILTIN_NAMES.iter().map(|s| s.to_string()).collect();
                    closest(&wrong, &builtins)
                },
            )
        };
        match suggestion {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        }
    }

    /// The main module's globals in dict order: the module attributes the harness and the
    /// interpreter set, then the program's names that hold a value.
    fn global_names(&self) -> Vec<String> {
        let mut names: Vec<String> =
            ["__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        names.push("__builtins__".to_string());
        let module = &self.main_module;
        let slots = module.slots.borrow();
        for (n, slot) in module.names.borrow().iter().zip(slots.iter()) {
            if slot.is_some() && !names.iter().any(|m| m == &**n) {
                names.push(n.to_string());
            }
        }
        names
    }

    /// `dir(obj)`, as far as the suggestions need it.
    pub(crate) fn dir_names(&self, obj: &Value) -> Vec<String> {
        let mut names: Vec<String> = match obj {
            Value::Instance(inst) => {
                let mut v: Vec<String> = inst.dict.borrow().keys().map(|k| k.to_string()).collect();
                for c in inst.class.mro() {
                    v.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                    v.extend(added_getset_names(c));
                }
                v.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
                if inst.exception.is_some() {
                    v.extend(EXCEPTION_DIR.iter().map(|s| s.to_string()));
                }
                v
            }
            Value::Class(c) => {
                let mut v: Vec<String> = Vec::new();
                for k in c.mro() {
                    v.extend(k.dict.borrow().keys().map(|k| k.to_string()));
                    v.extend(added_getset_names(k));
                }
                v.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
                if c.is_exception() {
                    v.extend(EXCEPTION_DIR.iter().map(|s| s.to_string()));
                }
                v
            }
            Value::Module(m) => {
                let slots = m.slots.borrow();
                let mut v: Vec<String> = m
                    .names
                    .borrow()
                    .iter()
                    .zip(slots.iter())
                    .filter(|(_, s)| s.is_some())
                    .map(|(n, _)| n.to_string())
                    .collect();
                // A library module makes some names on first use (`asyncio.TaskGroup`):
                // CPython's module has them all.
                v.extend(crate::stdlib::native_modules::cpython_names(&m.name).map(str::to_string));
                v
            }
            other => {
                let kind = self.type_name(other);
                match builtin_dir(&kind) {
                    Some(names) => {
                        let mut v: Vec<String> = names.iter().map(|s| s.to_string()).collect();
                        // A function's own attributes (`f.counter = 0`) are in its `__dict__`.
                        if let Value::Function(f) = other {
                            v.extend(f.attrs.borrow().keys().map(|k| k.to_string()));
                        }
                        v
                    }
                    None => {
                        let class = self.class_of(other);
                        let mut v: Vec<String> = Vec::new();
                        for k in class.mro() {
                            v.extend(k.dict.borrow().keys().map(|k| k.to_string()));
                        }
                        v
                    }
                }
            }
        };
        names.sort();
        names.dedup();
        names
    }
}

/// CPython's `dir()` of a value whose type is the built-in type named `kind`, and of that
/// type itself (a built-in type's instances have no names of their own). `kind` is the type's
/// name as messages print it: `_asyncio.Future`/`Task` are filed under their short names.
pub(crate) fn builtin_dir(kind: &str) -> Option<&'static [&'static str]> {
    let kind = kind.strip_prefix("_asyncio.").unwrap_or(kind);
    BUILTIN_DIRS.iter().find(|(t, _)| *t == kind).map(|(_, names)| *names)
}

/// `dir()` of a value of each built-in type, from CPython 3.11.7 (sorted, as `dir` returns);
/// generated by `gen_builtin_dirs.py` next to this file.
#[rustfmt::skip]
const BUILTIN_DIRS: &[(&str, &[&str])] = &[
    ("str", &[
        "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
        "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
        "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "capitalize", "casefold", "center", "count", "encode", "endswith",
        "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
        "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
        "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
        "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
        "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
        "translate", "upper", "zfill",
    ]),
    ("list", &[
        "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
        "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
        "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__",
        "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__rmul__",
        "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append",
        "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
    ]),
    ("dict", &[
        "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__ior__",
        "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__reduce__",
        "__reduce_ex__", "__repr__", "__reversed__", "__ror__", "__setattr__", "__setitem__",
        "__sizeof__", "__str__", "__subclasshook__", "clear", "copy", "fromkeys", "get", "items",
        "keys", "pop", "popitem", "setdefault", "update", "values",
    ]),
    ("set", &[
        "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__iand__", "__init__", "__init_subclass__", "__ior__", "__isub__", "__iter__",
        "__ixor__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__rand__",
        "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__", "__setattr__",
        "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__", "add", "clear", "copy",
        "difference", "difference_update", "discard", "intersection", "intersection_update",
        "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
        "symmetric_difference_update", "union", "update",
    ]),
    ("frozenset", &[
        "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
        "__ne__", "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__",
        "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
        "__subclasshook__", "__xor__", "copy", "difference", "intersection", "isdisjoint",
        "issubset", "issuperset", "symmetric_difference", "union",
    ]),
    ("tuple", &[
        "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "count", "index",
    ]),
    ("int", &[
        "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
        "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
        "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
        "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
        "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
        "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
    ]),
    ("float", &[
        "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
        "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
        "__ge__", "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__",
        "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
        "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__",
        "__round__", "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__",
        "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate",
        "fromhex", "hex", "imag", "is_integer", "real",
    ]),
    ("bool", &[
        "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
        "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
        "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
        "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
        "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
        "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
        "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
        "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
        "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
        "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
    ]),
    ("NoneType", &[
        "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("range", &[
        "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
        "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "count", "index", "start",
        "step", "stop",
    ]),
    ("function", &[
        "__annotations__", "__builtins__", "__call__", "__class__", "__closure__", "__code__",
        "__defaults__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__get__", "__getattribute__", "__getstate__", "__globals__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__kwdefaults__", "__le__", "__lt__",
        "__module__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("generator", &[
        "__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__iter__", "__le__", "__lt__", "__name__", "__ne__", "__new__",
        "__next__", "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
        "__sizeof__", "__str__", "__subclasshook__", "close", "gi_code", "gi_frame", "gi_running",
        "gi_suspended", "gi_yieldfrom", "send", "throw",
    ]),
    ("coroutine", &[
        "__await__", "__class__", "__del__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__le__", "__lt__", "__name__", "__ne__", "__new__",
        "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__", "close", "cr_await", "cr_code", "cr_frame", "cr_origin",
        "cr_running", "cr_suspended", "send", "throw",
    ]),
    ("bytes", &[
        "__add__", "__bytes__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__",
        "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__",
        "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__",
        "__len__", "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "capitalize", "center", "count", "decode", "endswith", "expandtabs",
        "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower",
        "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans",
        "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
        "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase",
        "title", "translate", "upper", "zfill",
    ]),
    ("bytearray", &[
        "__add__", "__alloc__", "__class__", "__contains__", "__delattr__", "__delitem__",
        "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
        "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
        "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mod__", "__mul__",
        "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__rmod__", "__rmul__",
        "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append",
        "capitalize", "center", "clear", "copy", "count", "decode", "endswith", "expandtabs",
        "extend", "find", "fromhex", "hex", "index", "insert", "isalnum", "isalpha", "isascii",
        "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
        "maketrans", "partition", "pop", "remove", "removeprefix", "removesuffix", "replace",
        "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split",
        "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
    ]),
    ("object", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("slice", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "indices", "start", "step",
        "stop",
    ]),
    ("enumerate", &[
        "__class__", "__class_getitem__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__iter__", "__le__", "__lt__", "__ne__", "__new__",
        "__next__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("zip", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__lt__", "__ne__", "__new__", "__next__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__", "__str__",
        "__subclasshook__",
    ]),
    ("map", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__lt__", "__ne__", "__new__", "__next__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("filter", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__lt__", "__ne__", "__new__", "__next__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("list_reverseiterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("dict_keys", &[
        "__and__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__",
        "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
        "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
        "__subclasshook__", "__xor__", "isdisjoint", "mapping",
    ]),
    ("dict_values", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__reduce__",
        "__reduce_ex__", "__repr__", "__reversed__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__", "mapping",
    ]),
    ("dict_items", &[
        "__and__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__",
        "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
        "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
        "__subclasshook__", "__xor__", "isdisjoint", "mapping",
    ]),
    ("list_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("tuple_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("str_ascii_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("str_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("range_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__setstate__", "__sizeof__",
        "__str__", "__subclasshook__",
    ]),
    ("set_iterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__",
    ]),
    ("dict_keyiterator", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__iter__", "__le__", "__length_hint__", "__lt__", "__ne__", "__new__", "__next__",
        "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__",
    ]),
    ("async_generator", &[
        "__aiter__", "__anext__", "__class__", "__class_getitem__", "__del__", "__delattr__",
        "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__",
        "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__name__",
        "__ne__", "__new__", "__qualname__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "aclose", "ag_await", "ag_code",
        "ag_frame", "ag_running", "asend", "athrow",
    ]),
    ("builtin_function_or_method", &[
        "__call__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__module__", "__name__", "__ne__", "__new__",
        "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__self__", "__setattr__",
        "__sizeof__", "__str__", "__subclasshook__", "__text_signature__",
    ]),
    ("method", &[
        "__call__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__func__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__self__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("NotImplementedType", &[
        "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("ellipsis", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
    ]),
    ("property", &[
        "__class__", "__delattr__", "__delete__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__get__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
        "__init_subclass__", "__isabstractmethod__", "__le__", "__lt__", "__ne__", "__new__",
        "__reduce__", "__reduce_ex__", "__repr__", "__set__", "__set_name__", "__setattr__",
        "__sizeof__", "__str__", "__subclasshook__", "deleter", "fdel", "fget", "fset", "getter",
        "setter",
    ]),
    ("staticmethod", &[
        "__call__", "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
        "__format__", "__func__", "__ge__", "__get__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__isabstractmethod__", "__le__", "__lt__",
        "__module__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__",
        "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
        "__wrapped__",
    ]),
    ("classmethod", &[
        "__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
        "__func__", "__ge__", "__get__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
        "__init__", "__init_subclass__", "__isabstractmethod__", "__le__", "__lt__", "__module__",
        "__name__", "__ne__", "__new__", "__qualname__", "__reduce__", "__reduce_ex__", "__repr__",
        "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "__wrapped__",
    ]),
    ("memoryview", &[
        "__class__", "__delattr__", "__delitem__", "__dir__", "__doc__", "__enter__", "__eq__",
        "__exit__", "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__",
        "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
        "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
        "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "c_contiguous", "cast",
        "contiguous", "f_contiguous", "format", "hex", "itemsize", "nbytes", "ndim", "obj",
        "readonly", "release", "shape", "strides", "suboffsets", "tobytes", "tolist", "toreadonly",
    ]),
    ("Future", &[
        "__await__", "__class__", "__class_getitem__", "__del__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__lt__", "__ne__",
        "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__", "_asyncio_future_blocking", "_callbacks", "_cancel_message",
        "_exception", "_log_traceback", "_loop", "_make_cancelled_error", "_result",
        "_source_traceback", "_state", "add_done_callback", "cancel", "cancelled", "done",
        "exception", "get_loop", "remove_done_callback", "result", "set_exception", "set_result",
    ]),
    ("Task", &[
        "__await__", "__class__", "__class_getitem__", "__del__", "__delattr__", "__dir__",
        "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__lt__", "__ne__",
        "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__",
        "__str__", "__subclasshook__", "_asyncio_future_blocking", "_callbacks", "_cancel_message",
        "_coro", "_exception", "_fut_waiter", "_log_destroy_pending", "_log_traceback", "_loop",
        "_make_cancelled_error", "_must_cancel", "_result", "_source_traceback", "_state",
        "add_done_callback", "cancel", "cancelled", "cancelling", "done", "exception", "get_coro",
        "get_loop", "get_name", "get_stack", "print_stack", "remove_done_callback", "result",
        "set_exception", "set_name", "set_result", "uncancel",
    ]),
    ("Handle", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__setattr__", "__sizeof__", "__slots__", "__str__", "__subclasshook__",
        "__weakref__", "_args", "_callback", "_cancelled", "_context", "_loop", "_repr",
        "_repr_info", "_run", "_source_traceback", "cancel", "cancelled",
    ]),
    ("TimerHandle", &[
        "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
        "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
        "__repr__", "__setattr__", "__sizeof__", "__slots__", "__str__", "__subclasshook__",
        "__weakref__", "_args", "_callback", "_cancelled", "_context", "_loop", "_repr",
        "_repr_info", "_run", "_scheduled", "_source_traceback", "_when", "cancel", "cancelled",
        "when",
    ]),
    ("type", &[
        "__abstractmethods__", "__annotations__", "__base__", "__bases__", "__basicsize__",
        "__call__", "__class__", "__delattr__", "__dict__", "__dictoffset__", "__dir__", "__doc__",
        "__eq__", "__flags__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
        "__hash__", "__init__", "__init_subclass__", "__instancecheck__", "__itemsize__", "__le__",
        "__lt__", "__module__", "__mro__", "__name__", "__ne__", "__new__", "__or__", "__prepare__",
        "__qualname__", "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__setattr__",
        "__sizeof__", "__str__", "__subclasscheck__", "__subclasses__", "__subclasshook__",
        "__text_signature__", "__weakrefoffset__", "mro",
    ]),
];

/// `dir()` of an instance of an empty user class: what every instance has besides its own
/// and its classes' names.
#[rustfmt::skip]
const OBJECT_DIR: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// The `__dict__` and `__weakref__` a class added for its instances (`ClassObj::added_getsets`).
pub(crate) fn added_getset_names(class: &ClassObj) -> impl Iterator<Item = String> {
    let added = class.added_getsets;
    [(added.dict, "__dict__"), (added.weakref, "__weakref__")]
        .into_iter()
        .filter(|(adds, _)| *adds)
        .map(|(_, name)| name.to_string())
}

/// What an exception instance has besides `OBJECT_DIR` (`args`, `with_traceback`, ...).
#[rustfmt::skip]
const EXCEPTION_DIR: &[&str] = &[
    "__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__", "__traceback__",
    "add_note", "args", "with_traceback",
];

/// The names of the `builtins` module, in its dict's order (CPython 3.11.7 with `site`).
#[rustfmt::skip]
pub(crate) const BUILTIN_NAMES: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__",
    "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr",
    "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id",
    "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max", "min", "next",
    "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "vars",
    "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview", "bytearray",
    "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
    "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup",
    "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError",
    "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "LookupError",
    "MemoryError", "NameError", "OSError", "ReferenceError", "RuntimeError", "StopAsyncIteration",
    "StopIteration", "SyntaxError", "SystemError", "TypeError", "ValueError", "Warning",
    "FloatingPointError", "OverflowError", "ZeroDivisionError", "BytesWarning",
    "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
    "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError",
    "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
    "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError", "NotImplementedError",
    "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup",
    "EnvironmentError", "IOError", "open", "quit", "exit", "copyright", "credits", "license",
    "help",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn distances_follow_cpython() {
        assert_eq!(levenshtein(b"print", b"print", 10), 0);
        assert_eq!(levenshtein(b"prnt", b"print", 10), 2);
        assert_eq!(levenshtein(b"Print", b"print", 10), 1);
        assert_eq!(levenshtein(b"widht", b"width", 10), 4);
        assert_eq!(levenshtein(b"abc", b"xyz", 3), 4);
    }

    #[test]
    fn the_closest_name_wins_and_far_ones_do_not() {
        let candidates = names(&["count", "total", "values"]);
        assert_eq!(closest("cuont", &candidates), Some("count".to_string()));
        assert_eq!(closest("totl", &candidates), Some("total".to_string()));
        assert_eq!(closest("zzz", &candidates), None);
        assert_eq!(closest("count", &candidates), None);
        assert_eq!(closest("uppercase", &names(&["upper", "lower"])), None);
    }
}
