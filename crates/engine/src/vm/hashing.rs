//! Python hashing and key equality for dicts and sets.
//!
//! Numbers hash as CPython hashes them (`hash(1) == hash(1.0) == hash(True)`, reduction modulo
//! the Mersenne prime 2**61 - 1), so that equal keys of different numeric types meet in a dict.
//! Strings and bytes hash as CPython 3.11 hashes them with `PYTHONHASHSEED=0` (SipHash-1-3
//! with a zero key, over the string's code units), so sets of strings iterate in CPython's order.
//! Other objects hash by identity; user classes with their own `__hash__`/`__eq__` go
//! through the interpreter (see `keys`).

use super::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use std::hash::{Hash, Hasher};
use std::rc::Rc;

const MODULUS: u64 = (1 << 61) - 1;
const INF_HASH: i64 = 314_159;
/// CPython hashes None by its address, which differs between builds: any fixed value will do.
const NONE_HASH: i64 = 0x5f3c_a8d1;

/// A dict/set key with its Python hash computed once.
#[derive(Clone)]
pub struct HashedKey {
    pub value: Value,
    pub hash: i64,
}

impl HashedKey {
    /// `None` when the value is unhashable (lists, dicts, sets).
    pub fn new(value: Value) -> Option<HashedKey> {
        let hash = py_hash(&value)?;
        Some(HashedKey { value, hash })
    }
}

impl Hash for HashedKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for HashedKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && keys_equal(&self.value, &other.value)
    }
}

impl Eq for HashedKey {}

/// A hasher that passes the precomputed Python hash through (mixed, so that hashbrown's
/// top-bits bucket choice does not degrade for small ints).
#[derive(Default)]
pub struct PassThroughHasher(u64);

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_i64(&mut self, n: i64) {
        self.0 = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Python's `hash()` of a value, or `None` if it is unhashable.
pub fn py_hash(value: &Value) -> Option<i64> {
    Some(match value {
        Value::None => NONE_HASH,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_bigint(b),
        Value::Float(f) => hash_float(*f),
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => b.hash(),
        Value::MemoryView(m) => return m.hash(),
        Value::Ellipsis => 0x2d9c_4e11,
        Value::Tuple(t) => hash_tuple(&t.items)?,
        // `range_hash`: the tuple (len, start, step), with None for what does not matter.
        Value::Range(r) => match r.len() {
            0 => hash_tuple_of(&[0, NONE_HASH, NONE_HASH]),
            1 => hash_tuple_of(&[1, hash_i64(r.start), NONE_HASH]),
            n => hash_tuple_of(&[hash_i64(n), hash_i64(r.start), hash_i64(r.step)]),
        },
        Value::Set(s) if s.frozen => s.items.borrow().frozen_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) | Value::ByteArray(_) => {
            return None
        }
        // The set-like views compare by value and so have no hash; `dict_values` keeps
        // object identity's.
        Value::DictView(v) if v.view != super::objects::DictView::Values => return None,
        Value::Null | Value::NotImplemented => 0x1234,
        // `TimerHandle.__hash__` is `hash(self._when)` (its `__eq__` compares the deadline,
        // callback, arguments and cancelled state: see `keys`).
        Value::TimerHandle(t) => hash_float(t.when),
        Value::BoundMethod(_) | Value::Builtin(_) => method_hash(value),
        // A complex number (a subclass's instance hashes through its `__hash__`: `keys`).
        Value::Instance(inst) if !inst.class.is_user && inst.native.is_some() => {
            match inst.native.as_deref() {
                Some(super::native::NativeState::Complex(re, im)) => complex_hash(*re, *im),
                _ => match super::builtin_subclass::key_base(value) {
                    Some(base) => return py_hash(base),
                    None => super::identity::identity_hash(value).unwrap_or(0),
                },
            }
        }
        // A subclass of a built-in type hashes as its value unless it says otherwise.
        // Identity hash (CPython's default is the address): a number fixed per run.
        other => match super::builtin_subclass::key_base(other) {
            Some(base) => return py_hash(base),
            None => super::identity::identity_hash(other).unwrap_or(0),
        },
    })
}

/// `complex_hash`: the real part's hash plus 1000003 (`sys.hash_info.imag`) times the
/// imaginary part's, in wrapping unsigned arithmetic.
pub(crate) fn complex_hash(re: f64, im: f64) -> i64 {
    let combined =
        (hash_float(re) as u64).wrapping_add((hash_float(im) as u64).wrapping_mul(1_000_003));
    fix_minus_one(combined as i64)
}

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(i: i64) -> i64 {
    let magnitude = i.unsigned_abs() % MODULUS;
    let h = if i < 0 { -(magnitude as i64) } else { magnitude as i64 };
    fix_minus_one(h)
}

fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap_or(0);
    fix_minus_one(if b.is_negative() { -r } else { r })
}

/// CPython's `_Py_HashDouble`.
fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF_HASH } else { -INF_HASH };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let sign: i64 = if x < 0.0 { -1 } else { 1 };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    fix_minus_one(h as i64 * sign)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(s)` for a str: CPython hashes the code units of its compact representation, one byte
/// per character when every character is below U+0100, two (little-endian) below U+10000,
/// four otherwise.
pub fn hash_str(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut units: Vec<u8> = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 0x100 {
            units.push(c as u8);
        } else if max < 0x1_0000 {
            units.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            units.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&units)
}

/// `_Py_HashBytes`: 0 for no bytes, else SipHash-1-3 (CPython 3.11's default algorithm) keyed
/// with zeros, which is what `PYTHONHASHSEED=0` gives.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(0, 0, data) as i64)
}

/// SipHash-1-3: one compression round per 8-byte word, three finalization rounds.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let m = u64::from_le_bytes(word);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let tail = chunks.remainder();
    last[..tail.len()].copy_from_slice(tail);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// CPython 3.11's tuple hash (xxHash-based). Tuples inside are hashed with a stack of
/// levels, not by recursion: `t = (t,)` repeated a million times must not overflow the
/// native stack (CPython's own C recursion crashes there; a RecursionError would not be its
/// answer either, so the hash is simply computed).
fn hash_tuple(items: &[Value]) -> Option<i64> {
    struct Level<'a> {
        items: &'a [Value],
        next: usize,
        hashes: Vec<i64>,
    }
    fn level(items: &[Value]) -> Level<'_> {
        Level { items, next: 0, hashes: Vec::with_capacity(items.len()) }
    }
    let mut stack = vec![level(items)];
    loop {
        let top = stack.last_mut()?;
        match top.items.get(top.next) {
            Some(item) => {
                top.next += 1;
                match item {
                    Value::Tuple(t) => stack.push(level(&t.items)),
                    other => {
                        let h = py_hash(other)?;
                        top.hashes.push(h);
                    }
                }
            }
            None => {
                let done = stack.pop()?;
                let h = hash_tuple_of(&done.hashes);
                match stack.last_mut() {
                    Some(parent) => parent.hashes.push(h),
                    None => return Some(h),
                }
            }
        }
    }
}

/// The tuple hash from the hashes of the items.
pub fn hash_tuple_of(hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for &h in hashes {
        let lane = h as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `a == b` for two methods, as CPython's `method_richcompare` and `meth_richcompare` answer
/// it: the same function bound to the same object (by identity), however many times the
/// attribute was read (`obj.on_done == obj.on_done`). `None` unless both are methods of one
/// kind.
pub fn methods_equal(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::BoundMethod(x), Value::BoundMethod(y)) => {
            Some(x.receiver.is(&y.receiver) && x.function.is(&y.function))
        }
        (Value::Builtin(x), Value::Builtin(y)) => {
            let same_receiver = match (&x.bound, &y.bound) {
                (Some(p), Some(q)) => p.is(q),
                (None, None) => true,
                _ => false,
            };
            Some(
                same_receiver
                    && x.name == y.name
                    && x.owner == y.owner
                    && std::ptr::fn_addr_eq(x.func, y.func),
            )
        }
        _ => None,
    }
}

/// The hash of a method, equal for methods `methods_equal` finds equal: its receiver's
/// identity combined with its function's (CPython's combines their addresses).
fn method_hash(method: &Value) -> i64 {
    let identity =
        |v: &Value| super::identity::identity_hash(v).or_else(|| py_hash(v)).unwrap_or(0);
    let h = match method {
        Value::BoundMethod(m) => identity(&m.receiver) ^ identity(&m.function),
        Value::Builtin(b) => {
            let receiver = b.bound.as_ref().map_or(0, identity);
            receiver ^ hash_str(b.name)
        }
        _ => 0,
    };
    fix_minus_one(h)
}

/// Equality of hashable keys, as Python's `==` for the built-in hashable types; identity for
/// everything else.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    // A subclass of a built-in type that keeps its `__eq__` compares as its value.
    if (matches!(a, Instance(_)) || matches!(b, Instance(_))) && !a.is(b) {
        if let Some(base) = super::builtin_subclass::eq_base(a) {
            return keys_equal(base, b);
        }
        if let Some(base) = super::builtin_subclass::eq_base(b) {
            return keys_equal(a, base);
        }
    }
    match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Bytes(x), Bytes(y)) => x.data == y.data,
        (Bytes(_) | MemoryView(_), Bytes(_) | MemoryView(_)) => {
            super::bytes::buffer(a).as_deref() == super::bytes::buffer(b).as_deref()
        }
        // Identity first, as CPython's dict lookup and `PyObject_RichCompareBool` do.
        (Tuple(x), Tuple(y)) => {
            Rc::ptr_eq(x, y)
                || x.items.len() == y.items.len()
                    && x.items.iter().zip(y.items.iter()).all(|(p, q)| keys_equal(p, q))
        }
        // The same float value stands for the same object (floats are stored inline), and
        // CPython finds a key by identity before comparing: `{nan: 1}[nan]` works.
        (Float(x), Float(y)) if x.to_bits() == y.to_bits() => true,
        (BoundMethod(_), BoundMethod(_)) | (Builtin(_), Builtin(_)) => {
            methods_equal(a, b).unwrap_or(false)
        }
        // Frozensets built apart are one key when they hold the same members.
        (Set(x), Set(y)) if x.frozen && y.frozen => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.items.borrow(), y.items.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        // Ranges compare as the sequences they make (`range_richcompare`).
        (Range(x), Range(y)) => {
            let n = x.len();
            n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)))
        }
        _ => match super::numbers::compare(a, b) {
            Some(ordering) => ordering == Some(std::cmp::Ordering::Equal),
            Option::None => a.is(b),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_hash_like_cpython() {
        // Values printed by CPython 3.11's hash().
        assert_eq!(py_hash(&Value::Int(-1)), Some(-2));
        assert_eq!(py_hash(&Value::Int(1 << 61)), Some(1));
        assert_eq!(py_hash(&Value::Float(1.5)), Some(1_152_921_504_606_846_977));
        assert_eq!(py_hash(&Value::Float(-0.5)), Some(-1_152_921_504_606_846_976));
        assert_eq!(py_hash(&Value::Float(2.0)), Some(2));
        assert_eq!(py_hash(&Value::Float(f64::INFINITY)), Some(314_159));
        assert_eq!(py_hash(&Value::Bool(true)), Some(1));
        assert_eq!(
            py_hash(&Value::tuple(vec![Value::Int(1), Value::Int(2)])),
            Some(-3_550_055_125_485_641_917)
        );
    }

    #[test]
    fn nested_tuples_hash_like_cpython_at_any_depth() {
        // Values printed by CPython 3.11's hash().
        let inner = Value::tuple(vec![Value::Int(1), Value::Int(2)]);
        let outer = Value::tuple(vec![inner, Value::Int(3)]);
        assert_eq!(py_hash(&outer), Some(-333_907_151_259_015_829));
        let empty_twice = Value::tuple(vec![Value::tuple(vec![Value::tuple(vec![])])]);
        assert_eq!(py_hash(&empty_twice), Some(4_510_597_632_111_149_919));
        // A million levels: hashed without native recursion (CPython's C recursion crashes).
        let mut deep = Value::tuple(vec![]);
        for _ in 0..1_000_000 {
            deep = Value::tuple(vec![deep]);
        }
        assert!(py_hash(&deep).is_some());
        assert!(keys_equal(&deep, &deep.clone()));
        drop(deep);
    }

    #[test]
    fn strings_and_bytes_hash_like_cpython_with_seed_0() {
        // Values printed by CPython 3.11.7 under PYTHONHASHSEED=0.
        assert_eq!(hash_str("abc"), -4_594_863_902_769_663_758);
        assert_eq!(hash_bytes(b"abc"), -4_594_863_902_769_663_758);
        assert_eq!(hash_str(""), 0);
        let cases = [
            ("a", 4_644_417_185_603_328_019),
            ("abcdefgh", 4_574_395_652_268_504_554),
            ("abcdefghi", -532_774_252_720_507_163),
            ("é", 6_047_309_291_227_476_195),
            ("€uro", 7_542_247_858_446_192_590),
            ("😀x", -8_926_728_262_118_538_918),
            ("naïve café €", 7_516_582_646_590_858_448),
        ];
        for (text, expected) in cases {
            assert_eq!(hash_str(text), expected, "{text}");
        }
        assert_eq!(hash_bytes(b"\xff\x00abcdefgh"), -6_065_181_961_168_507_708);
    }

    #[test]
    fn equal_numbers_are_equal_keys() {
        let a = HashedKey::new(Value::Int(1)).unwrap();
        let b = HashedKey::new(Value::Float(1.0)).unwrap();
        let c = HashedKey::new(Value::Bool(true)).unwrap();
        assert!(a == b && b == c);
        assert!(HashedKey::new(Value::list(vec![])).is_none());
    }
}
