//! The methods of `bytes` and `bytearray` (one implementation, the result of the receiver's
//! kind), `bytearray`'s mutating methods, and `memoryview`'s.
//!
//! Character classes are ASCII's, as in CPython's `bytes_methods.c`.

use super::super::bytes::{find_sub, hex_of, rfind_sub, same_kind, BufRef, ByteArrayObj, ByteBuf};
use super::super::call::{check_method, MethodArity};
use super::super::objects::{BuiltinObj, NativeFn};
use super::super::types::Types;
use super::super::value::Value;
use super::super::{Args, PyResult, Vm};
use crate::compiler::code::BinOp;
use crate::ExcKind;
use std::rc::Rc;

/// Methods of both `bytes` and `bytearray`.
const SHARED: &[(&str, NativeFn)] = &[
    ("capitalize", capitalize),
    ("center", center),
    ("count", count),
    ("decode", decode),
    ("endswith", endswith),
    ("expandtabs", expandtabs),
    ("find", find),
    ("hex", hex),
    ("index", index),
    ("isalnum", isalnum),
    ("isalpha", isalpha),
    ("isascii", isascii),
    ("isdigit", isdigit),
    ("islower", islower),
    ("isspace", isspace),
    ("istitle", istitle),
    ("isupper", isupper),
    ("join", join),
    ("ljust", ljust),
    ("lower", lower),
    ("lstrip", lstrip),
    ("partition", partition),
    ("removeprefix", removeprefix),
    ("removesuffix", removesuffix),
    ("replace", replace),
    ("rfind", rfind),
    ("rindex", rindex),
    ("rjust", rjust),
    ("rpartition", rpartition),
    ("rsplit", rsplit),
    ("rstrip", rstrip),
    ("split", split),
    ("splitlines", splitlines),
    ("startswith", startswith),
    ("strip", strip),
    ("swapcase", swapcase),
    ("title", title),
    ("translate", translate),
    ("upper", upper),
    ("zfill", zfill),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__contains__", dunder_contains),
    ("__iter__", dunder_iter),
    ("__add__", dunder_add),
    ("__mul__", dunder_mul),
    ("__rmul__", dunder_mul),
    ("__mod__", dunder_mod),
];

const BYTEARRAY_ONLY: &[(&str, NativeFn)] = &[
    ("append", append),
    ("clear", clear),
    ("copy", copy),
    ("extend", extend),
    ("insert", insert),
    ("pop", pop),
    ("remove", remove),
    ("reverse", reverse),
    ("__setitem__", dunder_setitem),
    ("__delitem__", dunder_delitem),
    ("__iadd__", dunder_iadd),
    ("__imul__", dunder_imul),
];

const MEMORYVIEW: &[(&str, NativeFn)] = &[
    ("tobytes", view_tobytes),
    ("tolist", view_tolist),
    ("hex", view_hex),
    ("release", view_release),
    ("toreadonly", view_toreadonly),
    ("cast", view_cast),
    ("__enter__", view_enter),
    ("__exit__", view_exit),
    ("__len__", dunder_len),
    ("__getitem__", dunder_getitem),
    ("__setitem__", dunder_setitem),
    ("__iter__", dunder_iter),
];

pub fn install(types: &Types) {
    Types::add_methods(&types.bytes, "bytes", SHARED);
    Types::add_methods(&types.bytearray, "bytearray", SHARED);
    Types::add_methods(&types.bytearray, "bytearray", BYTEARRAY_ONLY);
    Types::add_methods(&types.memoryview, "memoryview", MEMORYVIEW);
    for class in [&types.bytes, &types.bytearray] {
        let mut dict = class.dict.borrow_mut();
        let fromhex =
            BuiltinObj { name: "fromhex", func: fromhex, bound: None, owner: "classmethod" };
        dict.insert("fromhex".into(), Value::Builtin(Rc::new(fromhex)));
        let maketrans =
            BuiltinObj { name: "maketrans", func: maketrans, bound: None, owner: "staticmethod" };
        dict.insert("maketrans".into(), Value::Builtin(Rc::new(maketrans)));
    }
    crate::vm::lookup_cache::class_dicts_changed();
}

/// `bytes` or `bytearray`, for messages.
fn owner_of(v: Option<&Value>) -> &'static str {
    match v {
        Some(Value::ByteArray(_)) => "bytearray",
        _ => "bytes",
    }
}

/// The receiver's bytes (a copy: methods may call back into Python while using them).
/// A bytes method's receiver: an immutable bytes as it is, a bytearray copied (the method
/// may run code that changes it). Not copying bytes made `b.find(x, i)` in a loop quadratic.
enum Receiver {
    Bytes(Rc<super::super::bytes::BytesObj>),
    Copied(Vec<u8>),
}

impl Receiver {
    fn into_vec(self) -> Vec<u8> {
        match self {
            Receiver::Bytes(b) => b.data.to_vec(),
            Receiver::Copied(data) => data,
        }
    }
}

impl std::ops::Deref for Receiver {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Receiver::Bytes(b) => &b.data,
            Receiver::Copied(data) => data,
        }
    }
}

fn this(vm: &Vm, args: &Args, method: &str) -> PyResult<Receiver> {
    match args.pos.first() {
        Some(Value::Bytes(b)) => Ok(Receiver::Bytes(b.clone())),
        Some(v @ Value::ByteArray(_)) => Ok(Receiver::Copied(
            super::super::bytes::buffer(v).map(|d| d.to_vec()).unwrap_or_default(),
        )),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor '{method}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(other)
            ),
        )),
        None => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("unbound method bytes.{method}() needs an argument"),
        )),
    }
}

fn check(vm: &Vm, args: &Args, name: &str, arity: MethodArity, keywords: &[&str]) -> PyResult<()> {
    check_method(vm, owner_of(args.pos.first()), name, args, arity, keywords)
}

/// A result of the receiver's kind.
fn like(args: &Args, data: Vec<u8>) -> PyResult<Value> {
    Ok(same_kind(args.pos.first().unwrap_or(&Value::None), data))
}

/// Positional argument `i` (after the receiver), or keyword `name`.
fn arg<'a>(args: &'a Args, i: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(i + 1).or_else(|| args.keyword(name))
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `start`/`end` arguments of find, count, startswith, ...: None or an int, negative from
/// the end, clamped to the data.
/// The `start` and `end` arguments after CPython's `ADJUST_INDICES`: `end` is clamped to the
/// length but `start` is not (one past it stands for any start beyond the end, so an empty
/// needle is not found there).
fn bounds(vm: &mut Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let mut get = |i: usize, default: usize, upper: usize| -> PyResult<usize> {
        let given = match args.pos.get(first + 1 + i) {
            Some(v @ Value::Instance(_)) => Some(vm.indexed(v)?),
            other => other.cloned(),
        };
        match given.as_ref() {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(n)) => Ok(clamp_index(*n, len, upper)),
            Some(Value::Bool(b)) => Ok(clamp_index(*b as i64, len, upper)),
            Some(Value::BigInt(b)) => {
                Ok(if super::super::numbers::is_negative(b) { 0 } else { upper })
            }
            Some(_) => Err(vm.new_error(
                ExcKind::TypeError,
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    };
    Ok((get(0, 0, len + 1)?, get(1, len, len)?))
}

fn clamp_index(n: i64, len: usize, upper: usize) -> usize {
    if n < 0 {
        (n + len as i64).max(0) as usize
    } else {
        (n as usize).min(upper)
    }
}

/// The sub-sequence argument of find/count/index: bytes-like, or an int in range(256).
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match super::super::builtin_subclass::number_of(v) {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(vec![vm.byte_value(v, "byte must be in range(0, 256)")?])
        }
        other => match vm.bytes_arg(other)? {
            Some(b) => Ok(b.to_vec()),
            None => Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(other)
                ),
            )),
        },
    }
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(u8) -> u8) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::NoArgs, &[])?;
    let data = this(vm, &args, name)?;
    like(&args, data.iter().copied().map(f).collect())
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |b| {
        if b.is_ascii_uppercase() {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        }
    })
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "capitalize", MethodArity::NoArgs, &[])?;
    let data = this(vm, &args, "capitalize")?;
    let out = data
        .iter()
        .enumerate()
        .map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() })
        .collect();
    like(&args, out)
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "title", MethodArity::NoArgs, &[])?;
    let data = this(vm, &args, "title")?;
    let mut previous_cased = false;
    let mut out = Vec::with_capacity(data.len());
    for &b in data.iter() {
        let c = if previous_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
        previous_cased = b.is_ascii_alphabetic();
        out.push(c);
    }
    like(&args, out)
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::NoArgs, &[])?;
    let data = this(vm, &args, name)?;
    Ok(Value::Bool(f(&data)))
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric))
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic))
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isascii", |d| d.is_ascii())
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", |d| !d.is_empty() && d.iter().all(|&b| is_space(b)))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "istitle", |d| {
        let mut cased = false;
        let mut previous_cased = false;
        for &b in d {
            if b.is_ascii_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    })
}

/// The fill byte of center/ljust/rjust.
fn fill_byte(vm: &Vm, args: &Args, name: &str) -> PyResult<u8> {
    match args.pos.get(2) {
        None => Ok(b' '),
        Some(v) => match vm.bytes_arg(v)? {
            Some(b) if b.len() == 1 => Ok(b[0]),
            _ => Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                ),
            )),
        },
    }
}

fn width_arg(vm: &mut Vm, args: &Args) -> PyResult<usize> {
    let w = super::super::builtins::arg_i64(vm, &args.pos[1], "")?;
    Ok(w.max(0) as usize)
}

fn pad(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::Clinic(1, 2), &[])?;
    let data = this(vm, &args, name)?;
    let width = width_arg(vm, &args)?;
    let fill = fill_byte(vm, &args, name)?;
    if width <= data.len() {
        return like(&args, data.into_vec());
    }
    vm.check_fits(width as u128)?;
    let margin = width - data.len();
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        _ => margin / 2 + (margin & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    like(&args, out)
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "zfill", MethodArity::One, &[])?;
    let data = this(vm, &args, "zfill")?;
    let width = width_arg(vm, &args)?;
    if width <= data.len() {
        return like(&args, data.into_vec());
    }
    let fill = width - data.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&data);
    if let Some(&sign @ (b'+' | b'-')) = data.first() {
        out[0] = sign;
        out[fill] = b'0';
    }
    like(&args, out)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "expandtabs", MethodArity::Parsed(0, 1), &["tabsize"])?;
    let data = this(vm, &args, "expandtabs")?;
    let tabsize = match arg(&args, 0, "tabsize") {
        Some(v) => super::super::builtins::arg_i64(vm, v, "")?,
        None => 8,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut column = 0i64;
    for &b in data.iter() {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    like(&args, out)
}

/// The bytes strip removes: ASCII whitespace, or the bytes of the argument.
fn strip_set(vm: &Vm, args: &Args) -> PyResult<Option<Vec<u8>>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.require_bytes(v)?.to_vec())),
    }
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::Clinic(0, 1), &[])?;
    let data = this(vm, &args, name)?;
    let set = strip_set(vm, &args)?;
    let strip = |b: &u8| match &set {
        None => is_space(*b),
        Some(s) => s.contains(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip(&data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(&data[end - 1]) {
            end -= 1;
        }
    }
    like(&args, data[start..end].to_vec())
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

/// `sep` and `maxsplit` of split/rsplit.
fn split_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    check(vm, args, name, MethodArity::Parsed(0, 2), &["sep", "maxsplit"])?;
    let sep = match arg(args, 0, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = vm.require_bytes(v)?.to_vec();
            if s.is_empty() {
                return Err(vm.new_error(ExcKind::ValueError, "empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match arg(args, 1, "maxsplit") {
        Some(v) => super::super::builtins::arg_i64(vm, v, "")?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let data = this(vm, &args, "split")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    match sep {
        Some(sep) => {
            let mut start = 0;
            while left > 0 {
                match find_sub(&data, &sep, start, data.len()) {
                    Some(i) => {
                        parts.push(data[start..i].to_vec());
                        start = i + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            parts.push(data[start..].to_vec());
        }
        None => {
            let mut i = 0;
            let n = data.len();
            loop {
                while i < n && is_space(data[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                // The rest, unsplit, keeps its trailing whitespace (as str.split's does).
                if left == 0 {
                    parts.push(data[i..].to_vec());
                    break;
                }
                let start = i;
                while i < n && !is_space(data[i]) {
                    i += 1;
                }
                parts.push(data[start..i].to_vec());
                left -= 1;
            }
        }
    }
    let items = parts.into_iter().map(|p| same_kind(&args.pos[0], p)).collect();
    vm.new_list(items)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let data = this(vm, &args, "rsplit")?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut left = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    match sep {
        Some(sep) => {
            let mut end = data.len();
            while left > 0 {
                match rfind_sub(&data, &sep, 0, end) {
                    Some(i) => {
                        parts.push(data[i + sep.len()..end].to_vec());
                        end = i;
                        left -= 1;
                    }
                    None => break,
                }
            }
            parts.push(data[..end].to_vec());
        }
        None => {
            let mut i = data.len();
            loop {
                while i > 0 && is_space(data[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                // The rest, unsplit, keeps its leading whitespace.
                if left == 0 {
                    parts.push(data[..i].to_vec());
                    break;
                }
                let end = i;
                while i > 0 && !is_space(data[i - 1]) {
                    i -= 1;
                }
                parts.push(data[i..end].to_vec());
                left -= 1;
            }
        }
    }
    parts.reverse();
    let items = parts.into_iter().map(|p| same_kind(&args.pos[0], p)).collect();
    vm.new_list(items)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "splitlines", MethodArity::Parsed(0, 1), &["keepends"])?;
    let data = this(vm, &args, "splitlines")?;
    let keepends = match arg(&args, 0, "keepends") {
        // Argument Clinic's `bool(accept={int})`: an int, not any object's truth.
        Some(v) => super::super::builtins::arg_i64(vm, v, "")? != 0,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\n' => 1,
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol } else { i };
        parts.push(data[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    let items = parts.into_iter().map(|p| same_kind(&args.pos[0], p)).collect();
    vm.new_list(items)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "join", MethodArity::One, &[])?;
    let sep = this(vm, &args, "join")?;
    let items = vm.join_items(&args.pos[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match vm.bytes_arg(item)? {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "sequence item {i}: expected a bytes-like object, {} found",
                        vm.type_name(item)
                    ),
                ))
            }
        }
        if out.len() > 1 << 20 && !crate::memory::fits(out.len()) {
            return Err(vm.memory_error());
        }
    }
    like(&args, out)
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    check(vm, &args, name, MethodArity::Parsed(1, 3), &[])?;
    let data = this(vm, &args, name)?;
    let sub = needle(vm, &args.pos[1])?;
    let (start, end) = bounds(vm, &args, 1, data.len())?;
    if start > end || sub.len() > end - start {
        return Ok(None);
    }
    Ok(if reverse { rfind_sub(&data, &sub, start, end) } else { find_sub(&data, &sub, start, end) })
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "find", false)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_impl(vm, args, "rfind", true)?;
    Ok(Value::Int(r.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_error(ExcKind::ValueError, "subsection not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.new_error(ExcKind::ValueError, "subsection not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "count", MethodArity::Parsed(1, 3), &[])?;
    let data = this(vm, &args, "count")?;
    let sub = needle(vm, &args.pos[1])?;
    let (start, end) = bounds(vm, &args, 1, data.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let mut n = 0;
    let mut at = start;
    while let Some(i) = find_sub(&data, &sub, at, end) {
        n += 1;
        at = i + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_end: bool) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::Parsed(1, 3), &[])?;
    let data = this(vm, &args, name)?;
    let (start, end) = bounds(vm, &args, 1, data.len())?;
    let candidates: Vec<Value> = match &args.pos[1] {
        Value::Tuple(t) => t.items.to_vec(),
        other => vec![other.clone()],
    };
    let single = !matches!(args.pos[1], Value::Tuple(_));
    for c in candidates {
        let Some(p) = vm.bytes_arg(&c)?.map(|b| b.to_vec()) else {
            return Err(if single {
                vm.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "{name} first arg must be bytes or a tuple of bytes, not {}",
                        vm.type_name(&c)
                    ),
                )
            } else {
                vm.new_error(
                    ExcKind::TypeError,
                    &format!("a bytes-like object is required, not '{}'", vm.type_name(&c)),
                )
            });
        };
        if start > data.len() || end < start || end - start < p.len() {
            continue;
        }
        let window = &data[start..end];
        let hit = if at_end { window.ends_with(&p) } else { window.starts_with(&p) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix(vm, args, "endswith", true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "removeprefix", MethodArity::One, &[])?;
    let data = this(vm, &args, "removeprefix")?;
    let p = vm.require_bytes(&args.pos[1])?.to_vec();
    like(&args, data.strip_prefix(p.as_slice()).unwrap_or(&data).to_vec())
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "removesuffix", MethodArity::One, &[])?;
    let data = this(vm, &args, "removesuffix")?;
    let p = vm.require_bytes(&args.pos[1])?.to_vec();
    like(&args, data.strip_suffix(p.as_slice()).unwrap_or(&data).to_vec())
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    check(vm, &args, name, MethodArity::One, &[])?;
    let data = this(vm, &args, name)?;
    let sep = vm.require_bytes(&args.pos[1])?.to_vec();
    if sep.is_empty() {
        return Err(vm.new_error(ExcKind::ValueError, "empty separator"));
    }
    let recv = &args.pos[0];
    let found = if reverse {
        rfind_sub(&data, &sep, 0, data.len())
    } else {
        find_sub(&data, &sep, 0, data.len())
    };
    let parts = match found {
        Some(i) => [data[..i].to_vec(), sep.clone(), data[i + sep.len()..].to_vec()],
        None if reverse => [Vec::new(), Vec::new(), data.into_vec()],
        None => [data.into_vec(), Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(parts.into_iter().map(|p| same_kind(recv, p)).collect()))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "replace", MethodArity::Clinic(2, 3), &[])?;
    let data = this(vm, &args, "replace")?;
    let old = vm.require_bytes(&args.pos[1])?.to_vec();
    let new = vm.require_bytes(&args.pos[2])?.to_vec();
    let mut left = match args.pos.get(3) {
        Some(v) => {
            let n = super::super::builtins::arg_i64(vm, v, "")?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
        None => usize::MAX,
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, `count` times at most.
        for &b in data.iter() {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return like(&args, out);
    }
    let mut at = 0;
    while left > 0 {
        match find_sub(&data, &old, at, data.len()) {
            Some(i) => {
                out.extend_from_slice(&data[at..i]);
                out.extend_from_slice(&new);
                at = i + old.len();
                left -= 1;
            }
            None => break,
        }
        if out.len() > 1 << 20 && !crate::memory::fits(out.len()) {
            return Err(vm.memory_error());
        }
    }
    out.extend_from_slice(&data[at..]);
    like(&args, out)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "translate", MethodArity::Clinic(1, 2), &["delete"])?;
    let data = this(vm, &args, "translate")?;
    let table = match &args.pos[1] {
        Value::None => None,
        v => {
            let t = vm.require_bytes(v)?.to_vec();
            if t.len() != 256 {
                return Err(vm.new_error(
                    ExcKind::ValueError,
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match args.pos.get(2).or_else(|| args.keyword("delete")) {
        Some(v) => vm.require_bytes(v)?.to_vec(),
        None => Vec::new(),
    };
    let out = data
        .iter()
        .copied()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    like(&args, out)
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "maketrans", &args, 2, 2)?;
    let from = vm.require_bytes(&args.pos[0])?.to_vec();
    let to = vm.require_bytes(&args.pos[1])?.to_vec();
    if from.len() != to.len() {
        return Err(vm.new_error(ExcKind::ValueError, "maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.into_iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(Value::bytes(table))
}

/// `sep` and `bytes_per_sep` of `hex()`.
fn hex_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<char>, i64)> {
    check_method(
        vm,
        match args.pos.first() {
            Some(Value::MemoryView(_)) => "memoryview",
            other => owner_of(other),
        },
        name,
        args,
        MethodArity::Parsed(0, 2),
        &["sep", "bytes_per_sep"],
    )?;
    let sep = match arg(args, 0, "sep") {
        None => None,
        Some(Value::Str(s)) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => {
                    return Err(vm.new_error(ExcKind::ValueError, "sep must be ASCII."))
                }
                _ => return Err(vm.new_error(ExcKind::ValueError, "sep must be length 1.")),
            }
        }
        Some(v) => match vm.bytes_arg(v)? {
            Some(b) if b.len() == 1 && b[0].is_ascii() => Some(b[0] as char),
            Some(b) if b.len() == 1 => {
                return Err(vm.new_error(ExcKind::ValueError, "sep must be ASCII."))
            }
            Some(_) => return Err(vm.new_error(ExcKind::ValueError, "sep must be length 1.")),
            None => {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("object of type '{}' has no len()", vm.type_name(v)),
                ))
            }
        },
    };
    let group = match arg(args, 1, "bytes_per_sep") {
        Some(v) => super::super::builtins::arg_i64(vm, v, "")?,
        None => 1,
    };
    Ok((sep, group))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, group) = hex_args(vm, &args, "hex")?;
    let data = this(vm, &args, "hex")?;
    Ok(Value::string(hex_of(&data, sep, group)))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called on the class (`bytes.fromhex`) or an instance; either way the first argument
    // says which kind to make.
    let mutable = match args.pos.first() {
        Some(Value::Class(c)) => Rc::ptr_eq(c, &vm.types.bytearray),
        Some(Value::ByteArray(_)) => true,
        _ => false,
    };
    let owner = if mutable { "bytearray" } else { "bytes" };
    check_method(vm, owner, "fromhex", &args, MethodArity::One, &[])?;
    let Value::Str(s) = &args.pos[1] else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("fromhex() argument must be str, not {}", vm.arg_type_name(&args.pos[1])),
        ));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    let bad = |vm: &Vm, at: usize| {
        vm.new_error(
            ExcKind::ValueError,
            &format!("non-hexadecimal number found in fromhex() arg at position {at}"),
        )
    };
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii()).ok_or_else(|| bad(vm, i))?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(vm, i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(if mutable { Value::ByteArray(Rc::new(ByteArrayObj::new(out))) } else { Value::bytes(out) })
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "decode", MethodArity::Parsed(0, 2), &["encoding", "errors"])?;
    let data = this(vm, &args, "decode")?;
    let encoding = arg(&args, 0, "encoding").cloned();
    let errors = arg(&args, 1, "errors").cloned();
    let text =
        vm.decode_bytes(&args.pos[0], &data, encoding.as_ref(), errors.as_ref(), "decode")?;
    Ok(Value::string(text))
}

/// `x.__op__(y)` for an operator the interpreter implements directly.
fn operator(vm: &mut Vm, args: Args, name: &str, op: BinOp, inplace: bool) -> PyResult<Value> {
    super::super::call::check_arity(vm, name, &args, 2, 2)?;
    vm.binary_op(op, &args.pos[0], &args.pos[1], inplace)
}

fn dunder_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__add__", BinOp::Add, false)
}

fn dunder_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__mul__", BinOp::Mul, false)
}

fn dunder_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__mod__", BinOp::Mod, false)
}

fn dunder_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__iadd__", BinOp::Add, true)
}

fn dunder_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operator(vm, args, "__imul__", BinOp::Mul, true)
}

fn dunder_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(v) = args.pos.first() else { return Ok(Value::Int(0)) };
    Ok(Value::Int(vm.len_of(v)? as i64))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "__getitem__", &args, 2, 2)?;
    vm.get_item(&args.pos[0], &args.pos[1])
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "__setitem__", &args, 3, 3)?;
    vm.set_item(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "__delitem__", &args, 2, 2)?;
    vm.del_item(&args.pos[0], &args.pos[1])?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "__contains__", &args, 2, 2)?;
    vm.contains(&args.pos[0], &args.pos[1]).map(Value::Bool)
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::super::call::check_arity(vm, "__iter__", &args, 1, 1)?;
    vm.get_iter(&args.pos[0])
}

/// The receiver of a bytearray method.
fn this_bytearray(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<ByteArrayObj>> {
    match args.pos.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                other.map(|v| vm.type_name(v)).unwrap_or_default()
            ),
        )),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "append", MethodArity::One, &[])?;
    let b = this_bytearray(vm, &args, "append")?;
    let v = vm.byte_value(&args.pos[1], "byte must be in range(0, 256)")?;
    vm.check_resizable(&b)?;
    vm.bytearray_mutate(&b, |d| d.push(v))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "extend", MethodArity::One, &[])?;
    let b = this_bytearray(vm, &args, "extend")?;
    let source = &args.pos[1];
    let more = match vm.bytes_arg(source)? {
        Some(d) => d.to_vec(),
        None => {
            if vm.get_iter(source).is_err() {
                return Err(vm.new_error(
                    ExcKind::TypeError,
                    &format!("can't extend bytearray with {}", vm.type_name(source)),
                ));
            }
            vm.bytes_from_iterable(source, "byte must be in range(0, 256)")?
        }
    };
    vm.check_resizable(&b)?;
    vm.bytearray_mutate(&b, |d| d.extend_from_slice(&more))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "insert", MethodArity::Clinic(2, 2), &[])?;
    let b = this_bytearray(vm, &args, "insert")?;
    let at = super::super::builtins::arg_i64(vm, &args.pos[1], "")?;
    let v = vm.byte_value(&args.pos[2], "byte must be in range(0, 256)")?;
    vm.check_resizable(&b)?;
    let len = b.data.borrow().len();
    let at = clamp_index(at, len, len);
    vm.bytearray_mutate(&b, |d| d.insert(at, v))?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "pop", MethodArity::Clinic(0, 1), &[])?;
    let b = this_bytearray(vm, &args, "pop")?;
    let at = match args.pos.get(1) {
        Some(v) => super::super::builtins::arg_i64(vm, v, "")?,
        None => -1,
    };
    let len = b.data.borrow().len();
    if len == 0 {
        return Err(vm.new_error(ExcKind::IndexError, "pop from empty bytearray"));
    }
    let i = if at < 0 { at + len as i64 } else { at };
    if i < 0 || i >= len as i64 {
        return Err(vm.new_error(ExcKind::IndexError, "pop index out of range"));
    }
    vm.check_resizable(&b)?;
    let v = vm.bytearray_mutate(&b, |d| d.remove(i as usize))?;
    Ok(Value::Int(v as i64))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "remove", MethodArity::One, &[])?;
    let b = this_bytearray(vm, &args, "remove")?;
    let v = vm.byte_value(&args.pos[1], "byte must be in range(0, 256)")?;
    let Some(i) = b.data.borrow().iter().position(|&x| x == v) else {
        return Err(vm.new_error(ExcKind::ValueError, "value not found in bytearray"));
    };
    vm.check_resizable(&b)?;
    vm.bytearray_mutate(&b, |d| {
        d.remove(i);
    })?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "reverse", MethodArity::NoArgs, &[])?;
    let b = this_bytearray(vm, &args, "reverse")?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "clear", MethodArity::NoArgs, &[])?;
    let b = this_bytearray(vm, &args, "clear")?;
    vm.check_resizable(&b)?;
    vm.bytearray_mutate(&b, ByteBuf::clear)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check(vm, &args, "copy", MethodArity::NoArgs, &[])?;
    let b = this_bytearray(vm, &args, "copy")?;
    let data = b.data.borrow().to_vec();
    Ok(Value::ByteArray(Rc::new(ByteArrayObj::new(data))))
}

/// The receiver of a memoryview method, refusing a released view.
fn this_view<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<BufRef<'a>> {
    check_method(vm, "memoryview", name, args, MethodArity::NoArgs, &[])?;
    match args.pos.first() {
        Some(Value::MemoryView(m)) if m.released.get() => Err(vm.released_view()),
        Some(Value::MemoryView(m)) => Ok(m.contents()),
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
                other.map(|v| vm.type_name(v)).unwrap_or_default()
            ),
        )),
    }
}

/// `tobytes(order='C')`: for the one-dimensional views here every order gives the same
/// bytes, but the argument is checked as CPython checks it.
fn view_tobytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "memoryview", "tobytes", &args, MethodArity::Parsed(0, 1), &["order"])?;
    match arg(&args, 0, "order") {
        None | Some(Value::None) => {}
        Some(Value::Str(s)) if matches!(s.as_str(), "C" | "F" | "A") => {}
        Some(Value::Str(_)) => {
            return Err(vm.new_error(ExcKind::ValueError, "order must be 'C', 'F' or 'A'"))
        }
        Some(other) => {
            let m = format!(
                "tobytes() argument 'order' must be str or None, not {}",
                vm.type_name(other)
            );
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
    }
    let positional = Args::positional(&args.pos[..1]);
    let data = this_view(vm, &positional, "tobytes")?.to_vec();
    Ok(Value::bytes(data))
}

fn view_tolist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = this_view(vm, &args, "tolist")?.to_vec();
    vm.new_list(data.into_iter().map(|b| Value::Int(b as i64)).collect())
}

fn view_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, group) = hex_args(vm, &args, "hex")?;
    let data = match args.pos.first() {
        Some(Value::MemoryView(m)) if m.released.get() => return Err(vm.released_view()),
        Some(Value::MemoryView(m)) => m.contents().to_vec(),
        _ => Vec::new(),
    };
    Ok(Value::string(hex_of(&data, sep, group)))
}

fn view_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_method(vm, "memoryview", "release", &args, MethodArity::NoArgs, &[])?;
    if let Some(Value::MemoryView(m)) = args.pos.first() {
        m.release();
    }
    Ok(Value::None)
}

fn view_toreadonly(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this_view(vm, &args, "toreadonly")?;
    // A read-only view of a bytearray's bytes: a view of a copy keeps the contents, not the
    // sharing, which only matters once the bytearray changes afterwards.
    Err(vm.unsupported_now("memoryview.toreadonly()"))
}

fn view_cast(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.unsupported_now("memoryview.cast()"))
}

fn view_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = this_view(vm, &args, "__enter__")?;
    Ok(args.pos[0].clone())
}

fn view_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::MemoryView(m)) = args.pos.first() {
        m.release();
    }
    let _ = vm;
    Ok(Value::None)
}
