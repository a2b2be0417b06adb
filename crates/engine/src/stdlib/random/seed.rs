//! Turning a Python seed value into the Mersenne Twister key, as `Random.seed` (version 2) does.
//!
//! CPython keys the generator with the absolute value of an int split into 32-bit words, least
//! significant first. A str, bytes or bytearray becomes the int
//! `int.from_bytes(s + sha512(s).digest())`; a float is keyed by its `hash()`, reinterpreted
//! as an unsigned machine word.

use num_bigint::{BigInt, BigUint};

use sha2::{Digest, Sha512};

/// The `init_by_array` key for the int `n` (sign ignored); zero is the key `[0]`.
pub(super) fn int_key(n: &BigInt) -> Vec<u32> {
    biguint_key(n.magnitude())
}

pub(super) fn biguint_key(n: &BigUint) -> Vec<u32> {
    let words = n.to_u32_digits();
    if words.is_empty() {
        vec![0]
    } else {
        words
    }
}

/// The key for `seed(b)` with a bytes-like `b` (a str is seeded as its UTF-8 bytes).
pub(super) fn bytes_key(bytes: &[u8]) -> Vec<u32> {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&Sha512::digest(bytes));
    biguint_key(&BigUint::from_bytes_be(&all))
}

/// The key for `seed(x)` with a float `x`: `(size_t)hash(x)`.
pub(super) fn float_key(x: f64) -> Vec<u32> {
    let hash = hash_float(x) as u64;
    biguint_key(&BigUint::from(hash))
}

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;

/// `hash(x)` for a float, as CPython's `_Py_HashDouble` computes it on a 64-bit build.
///
/// A NaN hashes by object identity in CPython 3.11, which nobody can reproduce; it gets 0 here.
pub(crate) fn hash_float(x: f64) -> i64 {
    if x.is_infinite() {
        return if x > 0.0 { 314_159 } else { -314_159 };
    }
    if x.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    // Reduce the mantissa modulo 2**61 - 1, 28 bits at a time, as CPython does.
    let mut acc: u64 = 0;
    while m != 0.0 {
        acc = ((acc << 28) & HASH_MODULUS) | (acc >> (HASH_BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64; // the integer part
        m -= y as f64;
        acc += y;
        if acc >= HASH_MODULUS {
            acc -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    acc = ((acc << e) & HASH_MODULUS) | (acc >> (HASH_BITS - e));
    let hash = (acc as i64).wrapping_mul(sign);
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// C's `frexp` for a finite `x`: `x == m * 2**e` with `0.5 <= |m| < 1` (or `m == 0`).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    if exp_field == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp_field - 1022)
}
