//! `_struct` (C in CPython; `struct` re-exports it): values to and from packed bytes by a
//! format string (`pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack`,
//! `Struct`), with the byte orders `@ = < > !`, native sizes and alignment of x86-64 Linux,
//! and CPython's `struct.error` messages.

use crate::vm::bytes::buffer;
use crate::vm::call::check_arity;
use crate::vm::modules::native_module;
use crate::vm::native::{native_state, NativeClass, NativeIterator, NativeState};
use crate::vm::objects::{BuiltinType, ClassObj, ModuleObj, NativeFn};
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A parsed format: its items in order and its total size.
pub struct Layout {
    items: Vec<Item>,
    size: usize,
    little: bool,
    native: bool,
}

/// One packed field: a value (or `len` bytes for `s`/`p`, padding for `x`) at `offset`.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    offset: usize,
    /// Bytes it occupies.
    size: usize,
}

impl Layout {
    /// How many values `pack` takes (and `unpack` gives).
    fn values(&self) -> usize {
        self.items.iter().filter(|i| i.code != b'x').count()
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("pack", pack),
    ("unpack", unpack),
    ("calcsize", calcsize),
    ("pack_into", pack_into),
    ("unpack_from", unpack_from),
    ("iter_unpack", iter_unpack),
    ("_clearcache", clearcache),
];

const STRUCT_METHODS: &[(&str, NativeFn)] = &[
    ("pack", struct_pack),
    ("unpack", struct_unpack),
    ("pack_into", struct_pack_into),
    ("unpack_from", struct_unpack_from),
    ("iter_unpack", struct_iter_unpack),
];

const STRUCT: NativeClass = NativeClass {
    module: "_struct",
    name: "Struct",
    methods: STRUCT_METHODS,
    new: Some(struct_new),
};

const UNPACK_ITER: NativeClass =
    NativeClass { module: "_struct", name: "unpack_iterator", methods: &[], new: None };

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_struct", FUNCTIONS);
    module.set("Struct", Value::Class(vm.native_class(&STRUCT)));
    module.set("error", Value::Class(error_class(vm)));
    module
}

/// `struct.error`, a subclass of `Exception` made once per run.
fn error_class(vm: &mut Vm) -> Rc<ClassObj> {
    if let Some(c) = vm.native_classes.get(&("struct", "error")) {
        return c.clone();
    }
    let base = vm.types.exc(ExcKind::Exception).clone();
    let class = new_builtin_class("error", "struct", vec![base], BuiltinType::BaseException);
    vm.native_classes.insert(("struct", "error"), class.clone());
    class
}

fn struct_error(vm: &mut Vm, message: &str) -> PyErr {
    let class = error_class(vm);
    PyErr::Exception(vm.new_exception(&class, vec![Value::str(message)]))
}

/// The size and alignment of a code in native mode, and its size in standard mode (`None`:
/// not allowed there).
fn code_size(code: u8) -> Option<(usize, Option<usize>)> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => (1, Some(1)),
        b'h' | b'H' | b'e' => (2, Some(2)),
        b'i' | b'I' | b'f' => (4, Some(4)),
        b'l' | b'L' => (8, Some(4)),
        b'q' | b'Q' | b'd' => (8, Some(8)),
        b'n' | b'N' | b'P' => (8, None),
        _ => return None,
    })
}

fn parse(vm: &mut Vm, format: &Value) -> PyResult<Layout> {
    let text: Vec<u8> = match format {
        Value::Str(_) => format.as_str().unwrap_or_default().as_bytes().to_vec(),
        Value::Bytes(b) => b.data.to_vec(),
        other => {
            let name = vm.type_name(other);
            let m = format!("Struct() argument 1 must be a str or bytes object, not {name}");
            return Err(vm.new_error(ExcKind::TypeError, &m));
        }
    };
    let (native, little, rest) = match text.first() {
        Some(b'@') => (true, true, &text[1..]),
        Some(b'=' | b'<') => (false, true, &text[1..]),
        Some(b'>' | b'!') => (false, false, &text[1..]),
        _ => (true, true, &text[..]),
    };
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count: Option<usize> = None;
        let mut c = c;
        if c.is_ascii_digit() {
            let mut n = usize::from(c - b'0');
            loop {
                let Some(&d) = rest.get(i) else {
                    return Err(struct_error(vm, "repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
            }
            count = Some(n);
        }
        let Some((native_size, std_size)) = code_size(c) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        let size = if native {
            native_size
        } else {
            std_size.ok_or_else(|| struct_error(vm, "bad char in struct format"))?
        };
        if native && size > 1 {
            offset = offset.div_ceil(size) * size;
        }
        let n = count.unwrap_or(1);
        let too_long = || struct_error(vm, "total struct size too long");
        match c {
            b's' | b'p' => {
                items.push(Item { code: c, offset, size: n });
                offset = offset.checked_add(n).ok_or_else(too_long)?;
            }
            b'x' => offset = offset.checked_add(n).ok_or_else(too_long)?,
            _ => {
                // One item per value: a repeat count beyond the memory budget is CPython's
                // MemoryError.
                let bytes = n.saturating_mul(std::mem::size_of::<Item>());
                if !crate::memory::fits(bytes) {
                    return Err(vm.memory_error());
                }
                for _ in 0..n {
                    items.push(Item { code: c, offset, size });
                    offset += size;
                }
            }
        }
    }
    Ok(Layout { items, size: offset, little, native })
}

/// The integer a pack code takes, or CPython's error.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    // An int subclass's instance (an IntEnum member) packs as its value.
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(i64::from(*b))),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Instance(inst) if inst.class.lookup("__index__").is_some() => {
            let method = vm.get_attr(v, "__index__")?;
            let r = vm.call(&method, Args::positional(&[]))?;
            match r {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_arg(vm, &r),
                _ => Err(struct_error(vm, "required argument is not an integer")),
            }
        }
        _ => Err(struct_error(vm, "required argument is not an integer")),
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match crate::vm::numbers::as_num(v) {
        Some(n) => crate::vm::numbers::int_to_float(n)
            .map_err(|_| struct_error(vm, "required argument is not a float")),
        None => Err(struct_error(vm, "required argument is not a float")),
    }
}

/// The range check of an integer code, with CPython's message, which depends on the table
/// `_struct.c` packs with: the native and little-endian tables name the small codes
/// ("ushort format requires ..."), the big-endian one quotes the code for `h`/`H` and says
/// "int too large to convert" for the 8-byte codes; a value beyond a C long is "argument
/// out of range" everywhere.
fn int_bytes(vm: &mut Vm, item: &Item, n: &BigInt, layout: &Layout) -> PyResult<u64> {
    let small = n.to_i64();
    let big_endian = !layout.native && !layout.little;
    let range = |lo: i64, hi: i64| small.is_some_and(|x| x >= lo && x <= hi);
    let named =
        |name: &str, lo: i64, hi: i64| format!("{name} format requires {lo} <= number <= {hi}");
    let code = item.code as char;
    let out_of_range = |vm: &mut Vm| Err(struct_error(vm, "argument out of range"));
    match (item.code, item.size) {
        (b'b' | b'B' | b'h' | b'H', _) if small.is_none() => out_of_range(vm),
        (b'b', _) if !range(-128, 127) => Err(struct_error(vm, &named("byte", -128, 127))),
        (b'B', _) if !range(0, 255) => Err(struct_error(vm, &named("ubyte", 0, 255))),
        (b'h', _) if !range(-32768, 32767) => {
            let name = if big_endian { "'h'" } else { "short" };
            Err(struct_error(vm, &named(name, -32768, 32767)))
        }
        (b'H', _) if big_endian && !range(0, i64::MAX) => out_of_range(vm),
        (b'H', _) if !range(0, 65535) => {
            let name = if big_endian { "'H'" } else { "ushort" };
            Err(struct_error(vm, &named(name, 0, 65535)))
        }
        (b'i' | b'l', 4) if !range(i32::MIN.into(), i32::MAX.into()) => {
            if small.is_none() {
                return out_of_range(vm);
            }
            let m = named(&format!("'{code}'"), i32::MIN.into(), i32::MAX.into());
            Err(struct_error(vm, &m))
        }
        (b'I' | b'L', 4) if !range(0, u32::MAX.into()) => {
            if n.to_u64().is_none() {
                return out_of_range(vm);
            }
            let m = named(&format!("'{code}'"), 0, u32::MAX.into());
            Err(struct_error(vm, &m))
        }
        (b'q' | b'l' | b'n', 8) => match small {
            Some(x) => Ok(x as u64),
            None if big_endian => Err(struct_error(vm, "int too large to convert")),
            None => out_of_range(vm),
        },
        (b'Q' | b'L' | b'N' | b'P', 8) => match n.to_u64() {
            Some(x) => Ok(x),
            None if layout.native && item.code == b'P' => match small {
                Some(x) => Ok(x as u64),
                None => out_of_range(vm),
            },
            None if big_endian => Err(struct_error(vm, "int too large to convert")),
            None => out_of_range(vm),
        },
        _ => Ok(small.map_or(0, |x| x as u64)),
    }
}

/// IEEE half precision, rounded half to even as CPython's `PyFloat_Pack2`; `None` when too
/// large.
fn f64_to_f16(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // a = f * 2**e with f in [1, 2).
    let mut e = a.log2().floor() as i32;
    let mut f = a / 2f64.powi(e);
    if f >= 2.0 {
        f /= 2.0;
        e += 1;
    } else if f < 1.0 {
        f *= 2.0;
        e -= 1;
    }
    if e >= 16 {
        return None;
    }
    let (mut f, mut e) = if e < -25 {
        (0.0, 0)
    } else if e < -14 {
        (f * 2f64.powi(14 + e), 0)
    } else {
        (f - 1.0, e + 15)
    };
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits)
}

fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = i32::from((bits >> 10) & 0x1f);
    let f = f64::from(bits & 0x3ff);
    if e == 0x1f {
        return if f == 0.0 { sign * f64::INFINITY } else { f64::NAN.copysign(sign) };
    }
    if e == 0 {
        return sign * f / 1024.0 * 2f64.powi(-14);
    }
    sign * (1.0 + f / 1024.0) * 2f64.powi(e - 15)
}

/// Writes `n` low bytes of `v` in the layout's order.
fn put(out: &mut [u8], v: u64, little: bool) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        *b = (v >> (8 * shift)) as u8;
    }
}

fn get(data: &[u8], little: bool) -> u64 {
    let n = data.len();
    let mut v = 0u64;
    for (k, b) in data.iter().enumerate() {
        let shift = if little { k } else { n - 1 - k };
        v |= u64::from(*b) << (8 * shift);
    }
    v
}

/// Packs `values` into `out` (the layout's size, zeroed).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vals = values.iter();
    for item in &layout.items {
        if item.code == b'x' {
            continue;
        }
        let Some(v) = vals.next() else { break };
        let slot = &mut out[item.offset..item.offset + item.size];
        match item.code {
            b'?' => slot[0] = u8::from(vm.truthy(v)?),
            b'c' => match v {
                Value::Bytes(b) if b.data.len() == 1 => slot[0] = b.data[0],
                Value::ByteArray(b) if b.data.borrow().len() == 1 => slot[0] = b.data.borrow()[0],
                _ => {
                    return Err(struct_error(vm, "char format requires a bytes object of length 1"))
                }
            },
            b's' | b'p' => {
                let data: Vec<u8> = match v {
                    Value::Bytes(b) => b.data.to_vec(),
                    Value::ByteArray(b) => b.data.borrow().to_vec(),
                    _ => {
                        let m =
                            format!("argument for '{}' must be a bytes object", item.code as char);
                        return Err(struct_error(vm, &m));
                    }
                };
                if item.code == b's' {
                    let n = data.len().min(item.size);
                    slot[..n].copy_from_slice(&data[..n]);
                } else if item.size > 0 {
                    let n = data.len().min(item.size - 1);
                    slot[1..=n].copy_from_slice(&data[..n]);
                    slot[0] = n.min(255) as u8;
                }
            }
            b'e' => {
                let x = float_arg(vm, v)?;
                let Some(bits) = f64_to_f16(x) else {
                    let m = "float too large to pack with e format";
                    return Err(vm.new_error(ExcKind::OverflowError, m));
                };
                put(slot, u64::from(bits), layout.little);
            }
            b'f' => {
                let x = float_arg(vm, v)?;
                let y = x as f32;
                if y.is_infinite() && x.is_finite() && !layout.native {
                    let m = "float too large to pack with f format";
                    return Err(vm.new_error(ExcKind::OverflowError, m));
                }
                put(slot, u64::from(y.to_bits()), layout.little);
            }
            b'd' => {
                let x = float_arg(vm, v)?;
                put(slot, x.to_bits(), layout.little);
            }
            _ => {
                let n = int_arg(vm, v)?;
                let bits = int_bytes(vm, item, &n, layout)?;
                put(slot, bits, layout.little);
            }
        }
    }
    Ok(())
}

fn unpack_values(layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.items.len());
    for item in &layout.items {
        let slot = &data[item.offset..item.offset + item.size];
        let v = match item.code {
            b'x' => continue,
            b'?' => Value::Bool(slot[0] != 0),
            b'c' => Value::bytes(slot.to_vec()),
            b's' => Value::bytes(slot.to_vec()),
            b'p' => {
                let n =
                    slot.first().map_or(0, |&n| usize::from(n).min(item.size.saturating_sub(1)));
                Value::bytes(slot.get(1..=n).unwrap_or_default().to_vec())
            }
            b'e' => Value::Float(f16_to_f64(get(slot, layout.little) as u16)),
            b'f' => Value::Float(f64::from(f32::from_bits(get(slot, layout.little) as u32))),
            b'd' => Value::Float(f64::from_bits(get(slot, layout.little))),
            b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                let raw = get(slot, layout.little);
                let shift = 64 - 8 * item.size as u32;
                Value::Int(((raw << shift) as i64) >> shift)
            }
            _ => {
                let raw = get(slot, layout.little);
                match i64::try_from(raw) {
                    Ok(x) => Value::Int(x),
                    Err(_) => Value::from_bigint(BigInt::from(raw)),
                }
            }
        };
        out.push(v);
    }
    Value::tuple(out)
}

/// The format argument of a module function and the rest.
fn format_arg<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(Rc<Layout>, &'a [Value])> {
    let Some((format, rest)) = args.pos.split_first() else {
        return Err(vm.new_error(ExcKind::TypeError, "missing format argument"));
    };
    Ok((Rc::new(parse(vm, format)?), rest))
}

fn do_pack(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    let n = layout.values();
    if values.len() != n {
        let m = format!("pack expected {n} items for packing (got {})", values.len());
        return Err(struct_error(vm, &m));
    }
    if !crate::memory::fits(layout.size) {
        return Err(vm.memory_error());
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, layout, values, &mut out)?;
    Ok(Value::bytes(out))
}

/// The length of a bytes-like argument, or the TypeError `bytes_of` gives.
fn bytes_of_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match buffer(v) {
        Some(b) => Ok(b.len()),
        None => bytes_of(vm, v).map(|d| d.len()),
    }
}

fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match buffer(v) {
        Some(b) => Ok(b.to_vec()),
        None => {
            let name = vm.type_name(v);
            let m = format!("a bytes-like object is required, not '{name}'");
            Err(vm.new_error(ExcKind::TypeError, &m))
        }
    }
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: &Value) -> PyResult<Value> {
    let data = bytes_of(vm, buf)?;
    if data.len() != layout.size {
        let m = format!("unpack requires a buffer of {} bytes", layout.size);
        return Err(struct_error(vm, &m));
    }
    Ok(unpack_values(layout, &data))
}

/// A negative offset counts from the end; the error when it reaches before the start.
fn resolve_offset(vm: &mut Vm, offset: &Value, len: usize) -> PyResult<i64> {
    let offset = int_arg(vm, offset).map_err(|_| {
        let name = vm.type_name(offset);
        vm.new_error(
            ExcKind::TypeError,
            &format!("'{name}' object cannot be interpreted as an integer"),
        )
    })?;
    let offset = offset.to_i64().unwrap_or(i64::MAX);
    if offset < 0 {
        if offset + (len as i64) < 0 {
            let m = format!("offset {offset} out of range for {len}-byte buffer");
            return Err(struct_error(vm, &m));
        }
        return Ok(offset);
    }
    Ok(offset)
}

fn do_unpack_from(vm: &mut Vm, layout: &Layout, args: &[Value], kw: &Args) -> PyResult<Value> {
    let buf = args.first().or(kw.keyword("buffer")).cloned().ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, "unpack_from() missing required argument 'buffer' (pos 1)")
    })?;
    // Only the record is copied: copying the whole buffer made a parsing loop quadratic.
    let size_now = |vm: &mut Vm| bytes_of_len(vm, &buf);
    let len = size_now(vm)?;
    let offset = match args.get(1).or(kw.keyword("offset")) {
        Some(o) => resolve_offset(vm, o, len)?,
        None => 0,
    };
    let start = if offset < 0 { offset + len as i64 } else { offset } as usize;
    let record = buffer(&buf).and_then(|b| b.get(start..start + layout.size).map(<[u8]>::to_vec));
    let data_len = size_now(vm)?;
    let data = record.unwrap_or_default();
    if data_len < start || data_len - start < layout.size {
        let m = format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            layout.size as i64 + offset.max(0),
            layout.size,
            offset,
            data_len
        );
        return Err(struct_error(vm, &m));
    }
    Ok(unpack_values(layout, &data))
}

fn do_pack_into(vm: &mut Vm, layout: &Layout, args: &[Value]) -> PyResult<Value> {
    let n = layout.values();
    match args.len() {
        0 => return Err(struct_error(vm, "pack_into expected buffer argument")),
        1 => return Err(struct_error(vm, "pack_into expected offset argument")),
        k if k != n + 2 => {
            let m = format!("pack_into expected {n} items for packing (got {})", k - 2);
            return Err(struct_error(vm, &m));
        }
        _ => {}
    }
    // A bytearray, or a writable memoryview of one (contiguous).
    let (target, base, len) = match &args[0] {
        Value::ByteArray(b) => (b.clone(), 0, b.data.borrow().len()),
        Value::MemoryView(m) if !m.readonly() && m.step == 1 && !m.released.get() => {
            match &m.source {
                Value::ByteArray(b) => (b.clone(), m.start, m.len),
                _ => return Err(not_writable(vm, &args[0])),
            }
        }
        other => return Err(not_writable(vm, other)),
    };
    let offset = resolve_offset(vm, &args[1], len)?;
    if offset < 0 && offset + layout.size as i64 > 0 {
        let m = format!("no space to pack {} bytes at offset {offset}", layout.size);
        return Err(struct_error(vm, &m));
    }
    let start = if offset < 0 { offset + len as i64 } else { offset } as usize;
    if len < start || len - start < layout.size {
        let m = format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            layout.size + start,
            layout.size,
            offset,
            len
        );
        return Err(struct_error(vm, &m));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, layout, &args[2..], &mut out)?;
    let mut data = target.data.borrow_mut();
    data[base + start..base + start + layout.size].copy_from_slice(&out);
    Ok(Value::None)
}

fn not_writable(vm: &mut Vm, v: &Value) -> PyErr {
    let name = vm.type_name(v);
    let m = format!("argument must be read-write bytes-like object, not {name}");
    vm.new_error(ExcKind::TypeError, &m)
}

/// `iter_unpack`'s iterator: one tuple per `size` bytes.
struct UnpackIter {
    layout: Rc<Layout>,
    data: Vec<u8>,
    pos: usize,
}

impl NativeIterator for UnpackIter {
    fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.pos + self.layout.size > self.data.len() {
            return Ok(None);
        }
        let v = unpack_values(&self.layout, &self.data[self.pos..self.pos + self.layout.size]);
        self.pos += self.layout.size;
        Ok(Some(v))
    }
}

fn do_iter_unpack(vm: &mut Vm, layout: Rc<Layout>, buf: &Value) -> PyResult<Value> {
    if layout.size == 0 {
        return Err(struct_error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = bytes_of(vm, buf)?;
    if data.len() % layout.size != 0 {
        let m =
            format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size);
        return Err(struct_error(vm, &m));
    }
    let class = vm.native_class(&UNPACK_ITER);
    Ok(vm.new_native_iter(class, UnpackIter { layout, data, pos: 0 }))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (layout, rest) = format_arg(vm, &args)?;
    do_pack(vm, &layout, rest)
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "unpack", &args, 2, 2)?;
    let (layout, rest) = format_arg(vm, &args)?;
    do_unpack(vm, &layout, &rest[0])
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "calcsize", &args, 1, 1)?;
    let (layout, _) = format_arg(vm, &args)?;
    Ok(Value::Int(layout.size as i64))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (layout, rest) = format_arg(vm, &args)?;
    do_pack_into(vm, &layout, rest)
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (layout, rest) = format_arg(vm, &args)?;
    do_unpack_from(vm, &layout, rest, &args)
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "iter_unpack", &args, 2, 2)?;
    let (layout, rest) = format_arg(vm, &args)?;
    do_iter_unpack(vm, layout, &rest[0])
}

fn clearcache(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn struct_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let format = args.pos.get(1).or(args.keyword("format")).cloned().ok_or_else(|| {
        vm.new_error(ExcKind::TypeError, "Struct() missing required argument 'format' (pos 1)")
    })?;
    let layout = parse(vm, &format)?;
    let shown = match &format {
        Value::Bytes(b) => Value::str(&String::from_utf8_lossy(&b.data)),
        other => other.clone(),
    };
    let size = layout.size;
    let class = match args.pos.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => vm.native_class(&STRUCT),
    };
    let v = vm.new_native(class, NativeState::Packer(Rc::new(layout)));
    if let Value::Instance(inst) = &v {
        let mut d = inst.dict.borrow_mut();
        d.insert("format".into(), shown);
        d.insert("size".into(), Value::Int(size as i64));
    }
    Ok(v)
}

fn this_struct(vm: &Vm, args: &Args) -> PyResult<Rc<Layout>> {
    match args.pos.first().and_then(native_state) {
        Some(NativeState::Packer(l)) => Ok(l.clone()),
        _ => Err(vm.new_error(ExcKind::TypeError, "descriptor requires a '_struct.Struct' object")),
    }
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = this_struct(vm, &args)?;
    do_pack(vm, &layout, &args.pos[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = this_struct(vm, &args)?;
    check_arity(vm, "unpack", &args, 2, 2)?;
    do_unpack(vm, &layout, &args.pos[1])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = this_struct(vm, &args)?;
    do_pack_into(vm, &layout, &args.pos[1..])
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = this_struct(vm, &args)?;
    do_unpack_from(vm, &layout, &args.pos[1..], &args)
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layout = this_struct(vm, &args)?;
    check_arity(vm, "iter_unpack", &args, 2, 2)?;
    do_iter_unpack(vm, layout, &args.pos[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_round_trip_and_round_half_even() {
        for x in [0.0, 1.0, -2.5, 65504.0, 2f64.powi(-14), 2f64.powi(-24), 0.333251953125] {
            let bits = f64_to_f16(x).expect("fits");
            assert_eq!(f16_to_f64(bits), x, "{x}");
        }
        assert_eq!(f64_to_f16(1.0), Some(0x3c00));
        assert_eq!(f64_to_f16(65520.0), None);
        // 1 + 2**-11 lies halfway between 1 and 1 + 2**-10: to even.
        assert_eq!(f64_to_f16(1.0 + 2f64.powi(-11)), Some(0x3c00));
    }
}
