//! Python hashing and key equality for dicts and sets.
//!
//! Numbers hash as CPython hashes them (`hash(1) == hash(1.0) == hash(True)`, reduction modulo
//! the Mersenne prime 2**61 - 1), so that equal keys of different numeric types meet in a dict.
//! Strings use a fixed hash (CPython randomises it per process, so no program can depend on it).
//! Other objects hash by identity; user classes with their own `__hash__`/`__eq__` go
//! through the interpreter (see `keys`).

use super::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};
use std::hash::{Hash, Hasher};

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
        Value::Str(s) => hash_str(s.as_str()),
        Value::Ellipsis => 0x2d9c_4e11,
        Value::Tuple(t) => hash_tuple(&t.items)?,
        // `range_hash`: the tuple (len, start, step), with None for what does not matter.
        Value::Range(r) => match r.len() {
            0 => hash_tuple_of(&[0, NONE_HASH, NONE_HASH]),
            1 => hash_tuple_of(&[1, hash_i64(r.start), NONE_HASH]),
            n => hash_tuple_of(&[hash_i64(n), hash_i64(r.start), hash_i64(r.step)]),
        },
        Value::Set(s) if s.frozen => s.items.borrow().frozen_hash(),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => return None,
        Value::Null | Value::NotImplemented => 0x1234,
        other => {
            // Identity hash, as CPython's default: the address rotated by 4 bits.
            let addr = other.object_address().unwrap_or(0) as u64;
            addr.rotate_right(4) as i64
        }
    })
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

fn hash_str(s: &str) -> i64 {
    // FNV-1a: fixed and fast; CPython's siphash differs and is randomised anyway.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    fix_minus_one(h as i64)
}

/// CPython 3.11's tuple hash (xxHash-based).
fn hash_tuple(items: &[Value]) -> Option<i64> {
    let hashes: Option<Vec<i64>> = items.iter().map(py_hash).collect();
    Some(hash_tuple_of(&hashes?))
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

/// Equality of hashable keys, as Python's `==` for the built-in hashable types; identity for
/// everything else.
pub fn keys_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Tuple(x), Tuple(y)) => {
            x.items.len() == y.items.len()
                && x.items.iter().zip(y.items.iter()).all(|(p, q)| keys_equal(p, q))
        }
        // The same float value stands for the same object (floats are stored inline), and
        // CPython finds a key by identity before comparing: `{nan: 1}[nan]` works.
        (Float(x), Float(y)) if x.to_bits() == y.to_bits() => true,
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
    fn equal_numbers_are_equal_keys() {
        let a = HashedKey::new(Value::Int(1)).unwrap();
        let b = HashedKey::new(Value::Float(1.0)).unwrap();
        let c = HashedKey::new(Value::Bool(true)).unwrap();
        assert!(a == b && b == c);
        assert!(HashedKey::new(Value::list(vec![])).is_none());
    }
}
