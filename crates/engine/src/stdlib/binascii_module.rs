//! `binascii` (C in CPython; `base64`, `uu`-style code and `secrets` sit on it): base64, hex
//! and uuencode lines to and from bytes, `crc32` and `crc_hqx`, with the C module's argument
//! checks, its `Error`/`Incomplete` classes and its messages. The quoted-printable pair
//! (`a2b_qp`/`b2a_qp`) is not provided: a program using it stops as unsupported.

use crate::vm::bytes::buffer;
use crate::vm::call::{check_arity, no_keywords};
use crate::vm::clinic::ClinicSignature;
use crate::vm::modules::native_module;
use crate::vm::objects::{BuiltinType, ClassObj, ModuleObj, NativeFn};
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;
use std::rc::Rc;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("a2b_base64", a2b_base64),
    ("a2b_hex", a2b_hex),
    ("a2b_uu", a2b_uu),
    ("b2a_base64", b2a_base64),
    ("b2a_hex", b2a_hex),
    ("b2a_uu", b2a_uu),
    ("crc32", crc32),
    ("crc_hqx", crc_hqx),
    ("hexlify", hexlify),
    ("unhexlify", unhexlify),
];

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("binascii", FUNCTIONS);
    module.set("Error", Value::Class(error_class(vm, ErrorClass::Error)));
    module.set("Incomplete", Value::Class(error_class(vm, ErrorClass::Incomplete)));
    module
}

#[derive(Clone, Copy)]
enum ErrorClass {
    /// `binascii.Error`, a `ValueError`: malformed input.
    Error,
    /// `binascii.Incomplete`, an `Exception`; nothing in 3.11 raises it.
    Incomplete,
}

/// The module's exception classes, made once per run so that every raise and every `except
/// binascii.Error` meet the same class.
fn error_class(vm: &mut Vm, which: ErrorClass) -> Rc<ClassObj> {
    let (name, base) = match which {
        ErrorClass::Error => ("Error", ExcKind::ValueError),
        ErrorClass::Incomplete => ("Incomplete", ExcKind::Exception),
    };
    if let Some(c) = vm.native_classes.get(&("binascii", name)) {
        return c.clone();
    }
    let base = vm.types.exc(base).clone();
    let class = new_builtin_class(name, "binascii", vec![base], BuiltinType::BaseException);
    vm.native_classes.insert(("binascii", name), class.clone());
    class
}

fn error(vm: &mut Vm, message: &str) -> PyErr {
    let class = error_class(vm, ErrorClass::Error);
    PyErr::Exception(vm.new_exception(&class, vec![Value::str(message)]))
}

/// The text of the `a2b_*` functions: bytes-like, or a str of ASCII characters only.
fn ascii_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(text) = crate::vm::builtin_subclass::str_value(v) {
        if !text.is_ascii() {
            let m = "string argument should contain only ASCII characters";
            return Err(vm.new_error(ExcKind::ValueError, m));
        }
        return Ok(text.as_bytes().to_vec());
    }
    match vm.bytes_arg(v)? {
        Some(b) => Ok(b.to_vec()),
        None => {
            let m = format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                vm.type_name(v)
            );
            Err(vm.new_error(ExcKind::TypeError, &m))
        }
    }
}

/// An argument read as a C `int` (Clinic's `int` and `bool(accept={int})`): an int, or an
/// object with `__index__`.
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(index) = vm.index_of_object(v)? {
        return c_int_arg(vm, &index);
    }
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Int(i) if i32::try_from(*i).is_ok() => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Int(_) | Value::BigInt(_) => {
            Err(vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C int"))
        }
        other => Err(not_an_integer(vm, other)),
    }
}

/// A CRC's starting value: Clinic's `unsigned int(bitwise=True)`, any int reduced modulo
/// 2**32 as C's conversion does.
fn crc_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    if let Some(index) = vm.index_of_object(v)? {
        return crc_arg(vm, &index);
    }
    match crate::vm::builtin_subclass::number_of(v) {
        Value::Int(i) => Ok(*i as u32),
        Value::Bool(b) => Ok(u32::from(*b)),
        Value::BigInt(b) => {
            let low = b.mod_floor(&BigInt::from(1u64 << 32));
            Ok(low.to_u32().unwrap_or_default())
        }
        other => Err(not_an_integer(vm, other)),
    }
}

fn not_an_integer(vm: &Vm, v: &Value) -> PyErr {
    let m = format!("'{}' object cannot be interpreted as an integer", vm.type_name(v));
    vm.new_error(ExcKind::TypeError, &m)
}

/// `a2b_hex`/`unhexlify` take exactly one argument (`METH_O`).
fn one_argument<'a>(vm: &Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    let qualified = format!("binascii.{name}");
    no_keywords(vm, &qualified, args)?;
    match args.pos {
        [v] => Ok(v),
        _ => {
            let n = args.pos.len();
            let m = format!("{qualified}() takes exactly one argument ({n} given)");
            Err(vm.new_error(ExcKind::TypeError, &m))
        }
    }
}

const B64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Each byte's base64 digit value, or 255 for a byte that is not one.
const B64_VALUES: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        table[B64_ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

const B2A_BASE64: ClinicSignature = ClinicSignature {
    name: "b2a_base64",
    params: &["data", "newline"],
    posonly: 1,
    positional: 1,
    required: 1,
};

fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = B2A_BASE64.bind(vm, &args)?;
    let data = vm.require_bytes(bound[0].expect("required"))?.to_vec();
    let newline = match bound[1] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => true,
    };
    Ok(Value::bytes(encode_base64(&data, newline)))
}

fn encode_base64(data: &[u8], newline: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    let digit = |n: u32| B64_ALPHABET[(n & 63) as usize];
    let mut chunks = data.chunks_exact(3);
    for chunk in &mut chunks {
        let n = u32::from(chunk[0]) << 16 | u32::from(chunk[1]) << 8 | u32::from(chunk[2]);
        out.extend([digit(n >> 18), digit(n >> 12), digit(n >> 6), digit(n)]);
    }
    match *chunks.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            out.extend([digit(n >> 18), digit(n >> 12), b'=', b'=']);
        }
        [a, b] => {
            let n = u32::from(a) << 16 | u32::from(b) << 8;
            out.extend([digit(n >> 18), digit(n >> 12), digit(n >> 6), b'=']);
        }
        _ => {}
    }
    if newline {
        out.push(b'\n');
    }
    out
}

const A2B_BASE64: ClinicSignature = ClinicSignature {
    name: "a2b_base64",
    params: &["data", "strict_mode"],
    posonly: 1,
    positional: 1,
    required: 1,
};

fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = A2B_BASE64.bind(vm, &args)?;
    let text = ascii_arg(vm, bound[0].expect("required"))?;
    let strict = match bound[1] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    match decode_base64(&text, strict) {
        Ok(data) => Ok(Value::bytes(data)),
        Err(message) => Err(error(vm, &message)),
    }
}

/// CPython's decoder: characters outside the alphabet are skipped (refused in strict mode),
/// and a complete pad sequence ends the data.
fn decode_base64(text: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && text.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut quad_pos = 0;
    let mut left = 0u8;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &c) in text.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < text.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let value = B64_VALUES[c as usize];
        if value == 255 {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        }
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad_pos {
            0 => {
                left = value;
                quad_pos = 1;
            }
            1 => {
                out.push(left << 2 | value >> 4);
                left = value & 15;
                quad_pos = 2;
            }
            2 => {
                out.push(left << 4 | value >> 2);
                left = value & 3;
                quad_pos = 3;
            }
            _ => {
                out.push(left << 6 | value);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

const HEXLIFY: ClinicSignature = ClinicSignature {
    name: "hexlify",
    params: &["data", "sep", "bytes_per_sep"],
    posonly: 0,
    positional: 3,
    required: 1,
};

const B2A_HEX: ClinicSignature = ClinicSignature { name: "b2a_hex", ..HEXLIFY };

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_digits(vm, &HEXLIFY, args)
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_digits(vm, &B2A_HEX, args)
}

fn hex_digits(vm: &mut Vm, signature: &ClinicSignature, args: Args) -> PyResult<Value> {
    let bound = signature.bind(vm, &args)?;
    let data = vm.require_bytes(bound[0].expect("required"))?.to_vec();
    let sep = match bound[1] {
        Some(v) => Some(separator(vm, v)?),
        None => None,
    };
    let group = match bound[2] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    // `bytes.hex`'s layout; the separator may be any Latin-1 character here, one byte each.
    let text = crate::vm::bytes::hex_of(&data, sep.map(char::from), group);
    Ok(Value::bytes(text.chars().map(|c| c as u8).collect()))
}

/// The separator of `hexlify`: one character, which as a str may be any Latin-1 one and as
/// bytes any byte (CPython's checks are looser here than `bytes.hex`'s).
fn separator(vm: &Vm, v: &Value) -> PyResult<u8> {
    let sep: Vec<u32> = if let Some(text) = crate::vm::builtin_subclass::str_value(v) {
        text.chars().map(u32::from).collect()
    } else if let Some(b) = buffer(v) {
        b.iter().map(|&b| u32::from(b)).collect()
    } else {
        let m = format!("object of type '{}' has no len()", vm.type_name(v));
        return Err(vm.new_error(ExcKind::TypeError, &m));
    };
    match sep[..] {
        [c] if c <= 0xFF => Ok(c as u8),
        [_] => Err(vm.new_error(ExcKind::ValueError, "sep must be ASCII.")),
        _ => Err(vm.new_error(ExcKind::ValueError, "sep must be length 1.")),
    }
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = ascii_arg(vm, one_argument(vm, "a2b_hex", &args)?)?;
    decode_hex(vm, &text)
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = ascii_arg(vm, one_argument(vm, "unhexlify", &args)?)?;
    decode_hex(vm, &text)
}

fn decode_hex(vm: &mut Vm, text: &[u8]) -> PyResult<Value> {
    if text.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(text.len() / 2);
    for pair in text.chunks_exact(2) {
        let digit = |c: u8| char::from(c).to_digit(16);
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(Value::bytes(out))
}

const B2A_UU: ClinicSignature = ClinicSignature {
    name: "b2a_uu",
    params: &["data", "backtick"],
    posonly: 1,
    positional: 1,
    required: 1,
};

/// One uuencoded line: a length character, the data in 6-bit groups, a newline.
fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bound = B2A_UU.bind(vm, &args)?;
    let data = vm.require_bytes(bound[0].expect("required"))?.to_vec();
    let backtick = match bound[1] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let char_of = |sextet: u8| if backtick && sextet == 0 { b'`' } else { b' ' + sextet };
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(char_of(data.len() as u8));
    for chunk in data.chunks(3) {
        let byte = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = byte(0) << 16 | byte(1) << 8 | byte(2);
        out.extend([18, 12, 6, 0].map(|shift| char_of((n >> shift) as u8 & 63)));
    }
    out.push(b'\n');
    Ok(Value::bytes(out))
}

/// A uuencoded line back to its bytes. As in CPython, the line's first character gives the
/// length; missing characters count as zeros, and an empty line reads its terminating NUL.
fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = ascii_arg(vm, one_argument(vm, "a2b_uu", &args)?)?;
    match decode_uu(&text) {
        Ok(data) => Ok(Value::bytes(data)),
        Err(message) => Err(error(vm, message)),
    }
}

fn decode_uu(text: &[u8]) -> Result<Vec<u8>, &'static str> {
    let first = text.first().copied().unwrap_or(0);
    let mut remaining = usize::from(first.wrapping_sub(b' ') & 63);
    let mut out = Vec::with_capacity(remaining);
    let mut rest = text.get(1..).unwrap_or(&[]).iter();
    let (mut bits, mut held) = (0u32, 0u32);
    while remaining > 0 {
        let sextet = match rest.next() {
            None | Some(b'\n' | b'\r') => 0,
            Some(&c) if !(b' '..=b' ' + 64).contains(&c) => return Err("Illegal char"),
            Some(&c) => u32::from(c - b' ') & 63,
        };
        held = held << 6 | sextet;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((held >> bits) as u8);
            held &= (1 << bits) - 1;
            remaining -= 1;
        }
    }
    // Whatever is left on the line must be padding.
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err("Trailing garbage");
    }
    Ok(out)
}

/// CRC-32 (the polynomial of zlib and PNG), byte at a time from a table.
const CRC32_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "binascii.crc32", &args)?;
    check_arity(vm, "crc32", &args, 1, 2)?;
    let data = vm.require_bytes(&args.pos[0])?.to_vec();
    let start = match args.pos.get(1) {
        Some(v) => crc_arg(vm, v)?,
        None => 0,
    };
    let crc =
        !data.iter().fold(!start, |crc, &b| CRC32_TABLE[usize::from((crc as u8) ^ b)] ^ (crc >> 8));
    Ok(Value::Int(i64::from(crc)))
}

/// CRC-CCITT (XMODEM's polynomial 0x1021), most significant bit first.
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_keywords(vm, "binascii.crc_hqx", &args)?;
    check_arity(vm, "crc_hqx", &args, 2, 2)?;
    let data = vm.require_bytes(&args.pos[0])?.to_vec();
    let mut crc = crc_arg(vm, &args.pos[1])? & 0xFFFF;
    for &b in &data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
        crc &= 0xFFFF;
    }
    Ok(Value::Int(i64::from(crc)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_every_remainder() {
        for len in 0..10u8 {
            let data: Vec<u8> = (0..len).map(|i| i.wrapping_mul(97)).collect();
            let text = encode_base64(&data, false);
            assert_eq!(decode_base64(&text, true).unwrap(), data);
        }
        assert_eq!(encode_base64(b"ab", true), b"YWI=\n");
    }

    #[test]
    fn base64_decoding_words_its_errors_as_cpython() {
        assert_eq!(decode_base64(b"YQ==YQ==", false).unwrap(), b"a");
        assert_eq!(decode_base64(b"Y", false).unwrap_err(), "Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4");
        assert_eq!(decode_base64(b"YQ=", false).unwrap_err(), "Incorrect padding");
        assert_eq!(decode_base64(b"Y=Q==", true).unwrap_err(), "Discontinuous padding not allowed");
    }

    #[test]
    fn uu_lines_decode_with_cpython_quirks() {
        assert_eq!(decode_uu(b"#86)C\n").unwrap(), b"abc");
        assert_eq!(decode_uu(b"$86)C").unwrap(), b"abc\0");
        assert_eq!(decode_uu(b"").unwrap(), vec![0; 32]);
        assert_eq!(decode_uu(b"#86)CXX\n").unwrap_err(), "Trailing garbage");
    }

    #[test]
    fn crc_tables_match_the_known_check_values() {
        let check = b"123456789";
        let crc =
            !check.iter().fold(!0u32, |c, &b| CRC32_TABLE[usize::from((c as u8) ^ b)] ^ (c >> 8));
        assert_eq!(crc, 0xCBF4_3926);
    }
}
