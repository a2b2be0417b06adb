//! The `json` module: `dumps`/`dump` as `json.encoder` lays text out (indent, separators,
//! sort_keys, ensure_ascii, allow_nan, default, skipkeys, circular references) and
//! `loads`/`load` as the C scanner (`Modules/_json.c`) parses, with its `JSONDecodeError`
//! messages and positions (in characters, as CPython counts them).

use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::objects::{DictObj, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_pyfmt as pyfmt;
use std::fmt::Write;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("dumps", dumps), ("dump", dump), ("loads", loads), ("load", load)];

/// `_json`: what `json.encoder` and `json.decoder` (library Python) ask of the native side.
const PRIVATE_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("encode_basestring", encode_basestring),
    ("encode_basestring_ascii", encode_basestring_ascii),
    ("_c_encode", c_encode),
    ("_scan_once", scan_once),
];

/// `json`: `dumps`/`loads` stay native (the common calls pay for no Python frame); the
/// classes (`JSONEncoder`, `JSONDecoder`, `JSONDecodeError`) come from the library submodules
/// on first use (`library::exporter`).
pub fn make_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("json", FUNCTIONS);
    let all = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"];
    module.set("__all__", Value::list(all.iter().map(|n| Value::str(n)).collect()));
    module.set("__version__", Value::str("2.0.9"));
    module
}

pub fn make_private_module(_vm: &mut Vm) -> Rc<ModuleObj> {
    native_module("_json", PRIVATE_FUNCTIONS)
}

fn encode_basestring_with(vm: &mut Vm, args: &Args, name: &str, ascii: bool) -> PyResult<Value> {
    check_arity(vm, name, args, 1, 1)?;
    let Value::Str(s) = &args.pos[0] else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("first argument must be a string, not {}", vm.type_name(&args.pos[0])),
        ));
    };
    let mut out = String::new();
    encode_string(s.as_str(), ascii, &mut out);
    Ok(Value::string(out))
}

fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_basestring_with(vm, &args, "encode_basestring", false)
}

fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_basestring_with(vm, &args, "encode_basestring_ascii", true)
}

/// `_c_encode(o, default, ensure_ascii, check_circular, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`: `JSONEncoder.encode` without indent, the C encoder's work.
fn c_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_c_encode", &args, 9, 9)?;
    let a = args.pos;
    let mut e = Encoder {
        skipkeys: vm.truthy(&a[7])?,
        ensure_ascii: vm.truthy(&a[2])?,
        check_circular: vm.truthy(&a[3])?,
        allow_nan: vm.truthy(&a[8])?,
        indent: None,
        item_separator: separator_text(vm, &a[5], 6)?,
        key_separator: separator_text(vm, &a[4], 5)?,
        default: a[1].clone(),
        sort_keys: vm.truthy(&a[6])?,
        markers: Vec::new(),
        in_python: false,
    };
    let mut out = String::new();
    e.encode(vm, &a[0], 0, &mut out)?;
    Ok(Value::string(out))
}

fn separator_text(vm: &Vm, v: &Value, position: usize) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("make_encoder() argument {position} must be str, not {}", vm.type_name(other)),
        )),
    }
}

/// The keyword arguments `dumps`/`dump` pass to `cls`, in CPython's order, then the others.
fn encoder_keywords(args: &Args) -> (Vec<Value>, Vec<Value>) {
    const OWN: [&str; 8] = [
        "skipkeys",
        "ensure_ascii",
        "check_circular",
        "allow_nan",
        "indent",
        "separators",
        "default",
        "sort_keys",
    ];
    let defaults = [Value::Bool(false), Value::Bool(true), Value::Bool(true), Value::Bool(true)];
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (i, name) in OWN.iter().enumerate() {
        let given = args.keywords().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        names.push(Value::str(name));
        values.push(given.unwrap_or_else(|| defaults.get(i).cloned().unwrap_or(Value::None)));
    }
    for (k, v) in args.keywords() {
        if k != "cls" && !OWN.contains(&k) {
            names.push(Value::str(k));
            values.push(v.clone());
        }
    }
    (names, values)
}

/// `cls(skipkeys=..., ..., **kw)` for `dumps(obj, cls=cls)`.
fn encoder_instance(vm: &mut Vm, cls: &Value, args: &Args) -> PyResult<Value> {
    let (names, values) = encoder_keywords(args);
    vm.call(cls, Args { pos: &[], kw_names: &names, kw_values: &values })
}

fn cls_argument<'a>(args: &Args<'a>) -> Option<&'a Value> {
    args.keywords().find(|(k, v)| *k == "cls" && !v.is_none()).map(|(_, v)| v)
}

/// `_scan_once(context, string, idx)`: the value starting at `idx` and the index after it, as
/// the C scanner `make_scanner(context)` returns it (hooks read from the context).
fn scan_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_scan_once", &args, 3, 3)?;
    let ctx = &args.pos[0];
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("first argument must be a string, not {}", vm.type_name(&args.pos[1])),
        ));
    };
    let Value::Int(idx) = args.pos[2] else {
        return Err(vm.new_error(ExcKind::TypeError, "idx must be an integer"));
    };
    let strict = vm.get_attr(ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let object_hook = vm.get_attr(ctx, "object_hook")?;
    let object_pairs_hook = vm.get_attr(ctx, "object_pairs_hook")?;
    let mut parse_float = vm.get_attr(ctx, "parse_float")?;
    if matches!(&parse_float, Value::Class(c) if Rc::ptr_eq(c, &vm.types.float)) {
        parse_float = Value::None;
    }
    let mut parse_int = vm.get_attr(ctx, "parse_int")?;
    if matches!(&parse_int, Value::Class(c) if Rc::ptr_eq(c, &vm.types.int)) {
        parse_int = Value::None;
    }
    let parse_constant = vm.get_attr(ctx, "parse_constant")?;
    let mut decoder = Decoder {
        chars: s.as_str().chars().collect(),
        strict,
        object_hook,
        object_pairs_hook,
        parse_float,
        parse_int,
        parse_constant,
        depth: 0,
    };
    if idx < 0 {
        return Err(vm.new_error(ExcKind::ValueError, "idx cannot be negative"));
    }
    let idx = idx as usize;
    if idx >= decoder.chars.len() {
        return Err(vm.stop_iteration(Value::Int(idx as i64)));
    }
    match decoder.scan(vm, idx) {
        Ok((value, end)) => Ok(Value::tuple(vec![value, Value::Int(end as i64)])),
        Err(Failure::Error(msg, pos)) => Err(decode_error(vm, msg, &decoder.chars, pos)),
        Err(Failure::NoValue(pos)) => Err(vm.stop_iteration(Value::Int(pos as i64))),
        Err(Failure::Python(e)) => Err(e),
    }
}

/// The options of `dumps`.
struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    default: Value,
    sort_keys: bool,
    /// Containers being encoded (by address), for "Circular reference detected".
    markers: Vec<usize>,
    /// CPython encodes in Python, not C, here: `dump` and any indent.
    in_python: bool,
}

fn encoder_from(vm: &mut Vm, args: &Args, first_keyword: usize) -> PyResult<Encoder> {
    let mut e = Encoder {
        skipkeys: false,
        ensure_ascii: true,
        check_circular: true,
        allow_nan: true,
        indent: None,
        item_separator: ", ".into(),
        key_separator: ": ".into(),
        default: Value::None,
        sort_keys: false,
        markers: Vec::new(),
        in_python: false,
    };
    if args.pos.len() > first_keyword {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "dump{}() takes {first_keyword} positional argument{} but {} were given",
                if first_keyword == 1 { "s" } else { "" },
                if first_keyword == 1 { "" } else { "s" },
                args.pos.len()
            ),
        ));
    }
    let mut separators = Value::None;
    for (k, v) in args.keywords() {
        match k {
            "skipkeys" => e.skipkeys = vm.truthy(v)?,
            "ensure_ascii" => e.ensure_ascii = vm.truthy(v)?,
            "check_circular" => e.check_circular = vm.truthy(v)?,
            "allow_nan" => e.allow_nan = vm.truthy(v)?,
            "sort_keys" => e.sort_keys = vm.truthy(v)?,
            "default" => e.default = v.clone(),
            "separators" => separators = v.clone(),
            "indent" => {
                e.indent = match v {
                    Value::None => None,
                    Value::Str(s) => Some(s.as_str().to_string()),
                    Value::Int(n) => Some(" ".repeat((*n).max(0) as usize)),
                    Value::Bool(b) => Some(" ".repeat(*b as usize)),
                    other => {
                        return Err(vm.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "can't multiply sequence by non-int of type '{}'",
                                vm.type_name(other)
                            ),
                        ))
                    }
                }
            }
            "cls" => {}
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("JSONEncoder.__init__() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    if e.indent.is_some() {
        e.item_separator = ",".into();
    }
    if !separators.is_none() {
        let parts = vm.collect(&separators)?;
        let [item, key] = parts.as_slice() else {
            return Err(vm.new_error(ExcKind::ValueError, "too many values to unpack (expected 2)"));
        };
        e.item_separator = vm.str_of(item)?;
        e.key_separator = vm.str_of(key)?;
    }
    Ok(e)
}

/// A JSON string literal (`py_encode_basestring_ascii` / `py_encode_basestring`).
pub fn encode_string(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            // DEL too: `encode_basestring_ascii` keeps only ' '..='~' as they are.
            c if ensure_ascii && c > '~' => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{:04x}", u);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Encoder {
    fn float(&self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(pyfmt::float_repr(f));
        }
        if !self.allow_nan {
            // CPython's Python encoder adds the value to its message.
            let msg = "Out of range float values are not JSON compliant";
            let msg = if self.in_python || self.indent.is_some() {
                format!("{msg}: {}", pyfmt::float_repr(f))
            } else {
                msg.to_string()
            };
            return Err(vm.new_error(ExcKind::ValueError, &msg));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, vm: &Vm, v: &Value) -> PyResult<Option<usize>> {
        if !self.check_circular {
            return Ok(None);
        }
        let address = v.object_address().unwrap_or(0);
        if self.markers.contains(&address) {
            return Err(vm.new_error(ExcKind::ValueError, "Circular reference detected"));
        }
        self.markers.push(address);
        Ok(Some(address))
    }

    fn leave(&mut self, marker: Option<usize>) {
        if let Some(a) = marker {
            self.markers.retain(|m| *m != a);
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize, out: &mut String) -> PyResult<()> {
        if out.len() > 1 << 20 && !crate::memory::fits(out.len()) {
            return Err(vm.memory_error());
        }
        if matches!(
            v,
            Value::Str(_)
                | Value::None
                | Value::Bool(_)
                | Value::Int(_)
                | Value::BigInt(_)
                | Value::Float(_)
        ) {
            return self.encode_nested(vm, v, level, out);
        }
        // CPython's encoder counts each container toward the recursion limit; with an indent
        // it encodes in Python (`_make_iterencode`), whose generators hit the limit as any
        // Python call does.
        let what = match self.indent {
            None => " while encoding a JSON object",
            Some(_) => " while calling a Python object",
        };
        vm.nested(what, |vm| self.encode_nested(vm, v, level, out))
    }

    fn encode_nested(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        match v {
            Value::Str(s) => encode_string(s.as_str(), self.ensure_ascii, out),
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::BigInt(b) => {
                out.push_str(&pyfmt::int_to_decimal(b).map_err(|e| vm.format_error(e))?)
            }
            Value::Float(f) => out.push_str(&self.float(vm, *f)?),
            Value::List(_) | Value::Tuple(_) => {
                let marker = self.enter(vm, v)?;
                let items = vm.collect(v)?;
                self.encode_list(vm, &items, level, out)?;
                self.leave(marker);
            }
            Value::Dict(d) => {
                let marker = self.enter(vm, v)?;
                let pairs: Vec<(Value, Value)> =
                    d.map.borrow().iter().map(|(k, val)| (k.value.clone(), val.clone())).collect();
                self.encode_dict(vm, pairs, level, out)?;
                self.leave(marker);
            }
            other => {
                // An instance of an int/str/float/list/dict subclass (an IntEnum member)
                // encodes as its built-in value, as CPython's encoder does.
                if let Some(base) = crate::vm::builtin_subclass::base_of(other).cloned() {
                    return self.encode(vm, &base, level, out);
                }
                let marker = self.enter(vm, other)?;
                let replacement = if self.default.is_none() {
                    return Err(vm.new_error(
                        ExcKind::TypeError,
                        &format!(
                            "Object of type {} is not JSON serializable",
                            vm.class_of(other).name
                        ),
                    ));
                } else {
                    let default = self.default.clone();
                    vm.call1(&default, other.clone())?
                };
                self.encode(vm, &replacement, level, out)?;
                self.leave(marker);
            }
        }
        Ok(())
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(indent) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(indent);
            }
        }
    }

    fn encode_list(
        &mut self,
        vm: &mut Vm,
        items: &[Value],
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        out.push('[');
        let inner = level + 1;
        self.newline(inner, out);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_separator);
                self.newline(inner, out);
            }
            self.encode(vm, item, inner, out)?;
        }
        self.newline(level, out);
        out.push(']');
        Ok(())
    }

    /// A dict key as JSON's string, `None` to skip it (`skipkeys`).
    fn key(&self, vm: &Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.float(vm, *f)?,
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            // A subclass of str, int or float (a `str` or `int` enum): its built-in value.
            other if crate::vm::builtin_subclass::base_of(other).is_some() => {
                let base =
                    crate::vm::builtin_subclass::base_of(other).cloned().unwrap_or(Value::None);
                if matches!(
                    base,
                    Value::Str(_) | Value::Float(_) | Value::Int(_) | Value::BigInt(_)
                ) {
                    return self.key(vm, &base);
                }
                if self.skipkeys {
                    return Ok(None);
                }
                let msg = format!(
                    "keys must be str, int, float, bool or None, not {}",
                    vm.class_of(other).name
                );
                return Err(vm.new_error(ExcKind::TypeError, &msg));
            }
            _ if self.skipkeys => return Ok(None),
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.class_of(other).name
                    ),
                ))
            }
        }))
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        mut pairs: Vec<(Value, Value)>,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if pairs.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            // `sorted(dct.items())`: the (key, value) tuples, so equal keys compare values.
            let mut tuples: Vec<Value> =
                pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
            vm.sort_values(&mut tuples, None, false)?;
            pairs = tuples
                .into_iter()
                .map(|t| match t {
                    Value::Tuple(t) => (t.items[0].clone(), t.items[1].clone()),
                    other => (other, Value::None),
                })
                .collect();
        }
        out.push('{');
        let inner = level + 1;
        self.newline(inner, out);
        let mut first = true;
        for (k, v) in pairs {
            let Some(key) = self.key(vm, &k)? else { continue };
            if !first {
                out.push_str(&self.item_separator);
                self.newline(inner, out);
            }
            first = false;
            encode_string(&key, self.ensure_ascii, out);
            out.push_str(&self.key_separator);
            self.encode(vm, &v, inner, out)?;
        }
        self.newline(level, out);
        out.push('}');
        Ok(())
    }
}

fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(obj) = args.pos.first() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            "dumps() missing 1 required positional argument: 'obj'",
        ));
    };
    if let (Some(cls), 1) = (cls_argument(&args), args.pos.len()) {
        let encoder = encoder_instance(vm, cls, &args)?;
        let encode = vm.get_attr(&encoder, "encode")?;
        return vm.call1(&encode, obj.clone());
    }
    let mut encoder = encoder_from(vm, &args, 1)?;
    let mut out = String::new();
    encoder.encode(vm, obj, 0, &mut out)?;
    Ok(Value::string(out))
}

fn dump(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(
            vm.new_error(ExcKind::TypeError, "dump() missing 1 required positional argument: 'fp'")
        );
    }
    if let (Some(cls), 2) = (cls_argument(&args), args.pos.len()) {
        // `for chunk in cls(...).iterencode(obj): fp.write(chunk)`.
        let encoder = encoder_instance(vm, cls, &args)?;
        let iterencode = vm.get_attr(&encoder, "iterencode")?;
        let chunks = vm.call1(&iterencode, args.pos[0].clone())?;
        let chunks = vm.get_iter(&chunks)?;
        let write = vm.get_attr(&args.pos[1], "write")?;
        while let Some(chunk) = vm.next(&chunks)? {
            vm.call1(&write, chunk)?;
        }
        return Ok(Value::None);
    }
    let mut encoder = encoder_from(vm, &args, 2)?;
    encoder.in_python = true;
    let mut out = String::new();
    let encoded = encoder.encode(vm, &args.pos[0], 0, &mut out);
    // CPython's `dump` writes each chunk as it is encoded: a value that cannot be encoded
    // leaves what came before it in the file (in one write here).
    if encoded.is_err() && out.is_empty() {
        return encoded.map(|_| Value::None);
    }
    let write = vm.get_attr(&args.pos[1], "write")?;
    vm.call1(&write, Value::string(out))?;
    encoded.map(|_| Value::None)
}

/// `loads`'s hooks.
struct Decoder {
    chars: Vec<char>,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    depth: usize,
}

/// Why parsing stopped: a `JSONDecodeError` at a position, `StopIteration(pos)` (which
/// `raw_decode` turns into "Expecting value"), or an exception from a hook.
enum Failure {
    Error(&'static str, usize),
    NoValue(usize),
    Python(PyErr),
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Self {
        Failure::Python(e)
    }
}

type Parsed<T> = Result<T, Failure>;

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Decoder {
    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.chars.len() && is_ws(self.chars[i]) {
            i += 1;
        }
        i
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn literal(&self, i: usize, word: &str) -> bool {
        let n = word.chars().count();
        i + n <= self.chars.len() && self.chars[i..i + n].iter().copied().eq(word.chars())
    }

    /// `scan_once`: the value starting at `i` and the position after it.
    fn scan(&mut self, vm: &mut Vm, i: usize) -> Parsed<(Value, usize)> {
        let Some(c) = self.at(i) else { return Err(Failure::NoValue(i)) };
        match c {
            '"' => {
                let (s, end) = self.string(i + 1)?;
                Ok((Value::string(s), end))
            }
            '{' | '[' => {
                self.depth += 1;
                if vm.frames.len() + self.depth >= vm.config.recursion_limit {
                    let what = if c == '{' { "object" } else { "array" };
                    return Err(Failure::Python(vm.new_error(
                        ExcKind::RecursionError,
                        &format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
                    )));
                }
                let r = if c == '{' { self.object(vm, i + 1) } else { self.array(vm, i + 1) };
                self.depth -= 1;
                r
            }
            'n' if self.literal(i, "null") => Ok((Value::None, i + 4)),
            't' if self.literal(i, "true") => Ok((Value::Bool(true), i + 4)),
            'f' if self.literal(i, "false") => Ok((Value::Bool(false), i + 5)),
            'N' if self.literal(i, "NaN") => Ok((self.constant(vm, "NaN")?, i + 3)),
            'I' if self.literal(i, "Infinity") => Ok((self.constant(vm, "Infinity")?, i + 8)),
            '-' if self.literal(i, "-Infinity") => Ok((self.constant(vm, "-Infinity")?, i + 9)),
            _ => self.number(vm, i),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        if !self.parse_constant.is_none() {
            return vm.call1(&self.parse_constant, Value::str(name));
        }
        Ok(Value::Float(match name {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            _ => f64::NEG_INFINITY,
        }))
    }

    /// `_match_number_unicode`.
    fn number(&self, vm: &mut Vm, start: usize) -> Parsed<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut i = start;
        if self.at(i) == Some('-') {
            i += 1;
            if i >= self.chars.len() {
                return Err(Failure::NoValue(start));
            }
        }
        match self.at(i) {
            Some('1'..='9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some('0') => i += 1,
            _ => return Err(Failure::NoValue(start)),
        }
        let mut is_float = false;
        if self.at(i) == Some('.') && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(self.at(i), Some('e' | 'E')) && i + 1 < self.chars.len() {
            let e_start = i;
            i += 1;
            if matches!(self.at(i), Some('-' | '+')) && i + 1 < self.chars.len() {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text: String = self.chars[start..i].iter().collect();
        let value = if is_float {
            if self.parse_float.is_none() {
                Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                vm.call1(&self.parse_float, Value::string(text))?
            }
        } else if self.parse_int.is_none() {
            match num_bigint::BigInt::parse_bytes(text.as_bytes(), 10) {
                Some(n) => Value::from_bigint(n),
                None => Value::Int(0),
            }
        } else {
            vm.call1(&self.parse_int, Value::string(text))?
        };
        Ok((value, i))
    }

    /// `scanstring_unicode`: the string whose opening quote is just before `start`.
    fn string(&self, start: usize) -> Parsed<(String, usize)> {
        let begin = start - 1;
        let mut out = String::new();
        let mut i = start;
        loop {
            let mut next = i;
            while next < self.chars.len() {
                let d = self.chars[next];
                if d == '"' || d == '\\' {
                    break;
                }
                if (d as u32) <= 0x1f && self.strict {
                    return Err(Failure::Error("Invalid control character at", next));
                }
                next += 1;
            }
            out.extend(&self.chars[i..next]);
            let Some(c) = self.at(next) else {
                return Err(Failure::Error("Unterminated string starting at", begin));
            };
            next += 1;
            if c == '"' {
                return Ok((out, next));
            }
            let Some(esc) = self.at(next) else {
                return Err(Failure::Error("Unterminated string starting at", begin));
            };
            if esc != 'u' {
                let ch = match esc {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(Failure::Error("Invalid \\escape", next - 1)),
                };
                out.push(ch);
                i = next + 1;
                continue;
            }
            next += 1;
            let end = next + 4;
            if end >= self.chars.len() {
                return Err(Failure::Error("Invalid \\uXXXX escape", next - 1));
            }
            let hex = |from: usize| -> Parsed<u32> {
                let mut v = 0u32;
                for k in from..from + 4 {
                    let d = self.chars[k].to_digit(16).filter(|_| self.chars[k].is_ascii());
                    match d {
                        Some(d) => v = v * 16 + d,
                        None => return Err(Failure::Error("Invalid \\uXXXX escape", from - 1)),
                    }
                }
                Ok(v)
            };
            let mut code = hex(next)?;
            let mut after = end;
            if (0xd800..0xdc00).contains(&code)
                && end + 6 < self.chars.len()
                && self.chars[end] == '\\'
                && self.chars[end + 1] == 'u'
            {
                let low = hex(end + 2)?;
                if (0xdc00..0xe000).contains(&low) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    after = end + 6;
                }
            }
            // A lone surrogate cannot be a Rust char: it becomes U+FFFD (see ARCHITECTURE,
            // "Deliberate differences").
            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
            i = after;
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> Parsed<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some('}') {
            loop {
                if self.at(i) != Some('"') {
                    return Err(Failure::Error(
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, after) = self.string(i + 1)?;
                i = self.skip_ws(after);
                if self.at(i) != Some(':') {
                    return Err(Failure::Error("Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, after) = self.scan(vm, i)?;
                pairs.push((Value::string(key), value));
                i = self.skip_ws(after);
                if self.at(i) == Some('}') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(Failure::Error("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        if !self.object_pairs_hook.is_none() {
            let list =
                Value::list(pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect());
            let hook = self.object_pairs_hook.clone();
            return Ok((vm.call1(&hook, list)?, end));
        }
        let dict = Value::Dict(Rc::new(DictObj::new()));
        for (k, v) in pairs {
            vm.set_item(&dict, k, v)?;
        }
        if !self.object_hook.is_none() {
            let hook = self.object_hook.clone();
            return Ok((vm.call1(&hook, dict)?, end));
        }
        Ok((dict, end))
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> Parsed<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(start);
        if self.at(i) != Some(']') {
            loop {
                let (value, after) = self.scan(vm, i)?;
                items.push(value);
                i = self.skip_ws(after);
                if self.at(i) == Some(']') {
                    break;
                }
                if self.at(i) != Some(',') {
                    return Err(Failure::Error("Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((vm.new_list(items)?, i + 1))
    }
}

/// `JSONDecodeError(msg, doc, pos)`, the class of `json.decoder` (library Python, imported
/// on the first error), whose `__init__` adds line and column and the attributes.
fn decode_error(vm: &mut Vm, msg: &str, doc: &[char], pos: usize) -> PyErr {
    let class =
        match vm.import_module("json.decoder").and_then(|m| vm.get_attr(&m, "JSONDecodeError")) {
            Ok(c) => c,
            Err(e) => return e,
        };
    let args = [Value::str(msg), Value::string(doc.iter().collect()), Value::Int(pos as i64)];
    match vm.call(&class, Args::positional(&args)) {
        Ok(exc) => PyErr::Exception(exc),
        Err(e) => e,
    }
}

/// The text of `loads`'s argument: a str, or bytes decoded as `json.detect_encoding` says.
fn document(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(text) = crate::vm::builtin_subclass::str_value(v) {
        // A str, or a str subclass's instance (a `StrEnum` member).
        return Ok(text.to_string());
    }
    match v {
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::vm::bytes::buffer(v).map(|d| d.to_vec()).unwrap_or_default();
            let encoding = detect_encoding(&data);
            let enc = Value::str(encoding);
            let errors = Value::str("surrogatepass");
            vm.decode_bytes(v, &data, Some(&enc), Some(&errors), "decode")
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                vm.type_name(other)
            ),
        )),
    }
}

/// `json.detect_encoding`: by BOM, else by the pattern of zero bytes in the first four.
fn detect_encoding(b: &[u8]) -> &'static str {
    if b.starts_with(&[0xef, 0xbb, 0xbf]) {
        return "utf-8-sig";
    }
    if b.starts_with(&[0xff, 0xfe, 0, 0]) || b.starts_with(&[0, 0, 0xfe, 0xff]) {
        return "utf-32";
    }
    if b.starts_with(&[0xff, 0xfe]) || b.starts_with(&[0xfe, 0xff]) {
        return "utf-16";
    }
    if b.len() >= 4 {
        if b[0] == 0 {
            return if b[1] == 0 { "utf-32-be" } else { "utf-16-be" };
        }
        if b[1] == 0 {
            return if b[2] != 0 || b[3] != 0 { "utf-16-le" } else { "utf-32-le" };
        }
    } else if b.len() == 2 {
        if b[0] == 0 {
            return "utf-16-be";
        }
        if b[1] == 0 {
            return "utf-16-le";
        }
    }
    "utf-8"
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "loads", &args, 1, 1)?;
    let text = document(vm, &args.pos[0])?;
    if let Some(cls) = cls_argument(&args) {
        if text.starts_with('\u{feff}') {
            let chars: Vec<char> = text.chars().collect();
            let msg = "Unexpected UTF-8 BOM (decode using utf-8-sig)";
            return Err(decode_error(vm, msg, &chars, 0));
        }
        // `cls(**kw).decode(s)`, the hooks given as anything but None among the keywords.
        let (mut names, mut values) = (Vec::new(), Vec::new());
        for (k, v) in args.keywords() {
            let hook = matches!(
                k,
                "object_hook"
                    | "object_pairs_hook"
                    | "parse_float"
                    | "parse_int"
                    | "parse_constant"
            );
            if k != "cls" && !(hook && v.is_none()) {
                names.push(Value::str(k));
                values.push(v.clone());
            }
        }
        let decoder = vm.call(cls, Args { pos: &[], kw_names: &names, kw_values: &values })?;
        let decode = vm.get_attr(&decoder, "decode")?;
        return vm.call1(&decode, Value::string(text));
    }
    let mut decoder = Decoder {
        chars: text.chars().collect(),
        strict: true,
        object_hook: Value::None,
        object_pairs_hook: Value::None,
        parse_float: Value::None,
        parse_int: Value::None,
        parse_constant: Value::None,
        depth: 0,
    };
    for (k, v) in args.keywords() {
        match k {
            "strict" => decoder.strict = vm.truthy(v)?,
            "object_hook" => decoder.object_hook = v.clone(),
            "object_pairs_hook" => decoder.object_pairs_hook = v.clone(),
            "parse_float" => decoder.parse_float = v.clone(),
            "parse_int" => decoder.parse_int = v.clone(),
            "parse_constant" => decoder.parse_constant = v.clone(),
            "cls" => {}
            other => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("JSONDecoder.__init__() got an unexpected keyword argument '{other}'"),
                ))
            }
        }
    }
    if decoder.chars.first() == Some(&'\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            &decoder.chars,
            0,
        ));
    }
    let start = decoder.skip_ws(0);
    let result = decoder.scan(vm, start).and_then(|(value, end)| {
        let end = decoder.skip_ws(end);
        if end != decoder.chars.len() {
            return Err(Failure::Error("Extra data", end));
        }
        Ok(value)
    });
    match result {
        Ok(v) => Ok(v),
        Err(Failure::Error(msg, pos)) => Err(decode_error(vm, msg, &decoder.chars, pos)),
        Err(Failure::NoValue(pos)) => Err(decode_error(vm, "Expecting value", &decoder.chars, pos)),
        Err(Failure::Python(e)) => Err(e),
    }
}

fn load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(fp) = args.pos.first() else {
        return Err(
            vm.new_error(ExcKind::TypeError, "load() missing 1 required positional argument: 'fp'")
        );
    };
    let read = vm.get_attr(fp, "read")?;
    let text = vm.call0(&read)?;
    let pos = [text];
    loads(vm, Args { pos: &pos, ..args })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_as_cpython() {
        let mut out = String::new();
        encode_string("é€😀\u{1}\"", true, &mut out);
        assert_eq!(out, r#""\u00e9\u20ac\ud83d\ude00\u0001\"""#);
        assert_eq!(detect_encoding(b"{\"a\": 1}"), "utf-8");
        assert_eq!(detect_encoding(b"{\0\"\0"), "utf-16-le");
    }
}
