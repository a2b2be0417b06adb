//! CPython 3.11's `random` module, bit for bit: the same seeds give the same numbers.
//!
//! [`Random`] is one `random.Random` instance (the module-level functions use a hidden one). It
//! replays the C core (`_randommodule.c`: MT19937, seeding, `random()`, `getrandbits()`) and the
//! pure-Python methods of `Lib/random.py` in the same order of draws, with the same float
//! arithmetic and the same exception messages. Sequences are described by their length and
//! answers are indices, so the interpreter does the indexing (and raises its own `IndexError`
//! where CPython's indexing would).
//!
//! Everything matches natively on Linux. On `wasm32-unknown-unknown` the integer methods and
//! `random()`/`uniform()`/`choices()` still match, but the distributions' `log`/`exp`/`sin`/`cos`/
//! `pow`/`acos` come from Rust's own libm, which differs from glibc in the last bit for a few
//! percent of arguments (`gauss`, `expovariate` and friends then print a different last digit).

mod dist;
mod mt;
mod seed;
mod seq;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_data;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

use super::StdlibError;
use crate::ExcKind;
use mt::Mt19937;

/// A `random.Random` instance: the twister plus the cached second `gauss()` value.
#[derive(Clone)]
pub struct Random {
    mt: Mt19937,
    gauss_next: Option<f64>,
}

impl Default for Random {
    /// Seeded with 0: the interpreter's deterministic stand-in for `seed(None)`.
    fn default() -> Self {
        Random::from_key(&[0])
    }
}

impl Random {
    /// The generator behind `os.urandom`: a fixed key of its own, so that its bytes are not
    /// `random`'s (seeded with 0).
    pub fn for_urandom() -> Self {
        Random::from_key(&[0x7572_616e, 0x646f_6d21])
    }

    fn from_key(key: &[u32]) -> Self {
        Random { mt: Mt19937::from_key(key), gauss_next: None }
    }

    /// `random.seed(n)` for an int (its absolute value keys the generator; `True` is 1).
    pub fn seed_int(&mut self, n: &BigInt) {
        *self = Random::from_key(&seed::int_key(n));
    }

    /// `random.seed(n)` for an int that fits in an `i64`.
    pub fn seed_i64(&mut self, n: i64) {
        self.seed_int(&BigInt::from(n));
    }

    /// `random.seed(b)` for bytes or a bytearray (version 2: the bytes plus their SHA-512).
    pub fn seed_bytes(&mut self, bytes: &[u8]) {
        *self = Random::from_key(&seed::bytes_key(bytes));
    }

    /// `random.seed(s)` for a str: seeded as `s.encode()`, i.e. its UTF-8 bytes.
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `random.seed(x)` for a float: keyed by `hash(x)`. (A NaN hashes by identity in CPython, so
    /// its sequence cannot be reproduced; here it seeds like hash 0.)
    pub fn seed_float(&mut self, x: f64) {
        *self = Random::from_key(&seed::float_key(x));
    }

    /// `getstate()`'s middle item: the 624 state words, then the read position.
    pub fn state_words(&self) -> Vec<u64> {
        let (words, index) = self.mt.words();
        words.iter().map(|w| u64::from(*w)).chain([index as u64]).collect()
    }

    /// The pending second value of `gauss()`, `getstate()`'s last item.
    pub fn gauss_next(&self) -> Option<f64> {
        self.gauss_next
    }

    /// `setstate((3, words, gauss_next))`: CPython's checks (625 words, each a 32-bit value,
    /// the position at most 624).
    pub fn set_state(&mut self, words: &[u64], gauss_next: Option<f64>) -> Result<(), StdlibError> {
        if words.len() != mt::STATE_WORDS + 1 {
            return Err(StdlibError::value("state vector is the wrong size"));
        }
        let mut state = [0u32; mt::STATE_WORDS];
        for (slot, w) in state.iter_mut().zip(words) {
            *slot = u32::try_from(*w).map_err(|_| {
                StdlibError::overflow("Python int too large to convert to C unsigned long")
            })?;
        }
        let index = words[mt::STATE_WORDS] as usize;
        let mt = mt::Mt19937::from_words(state, index)
            .ok_or_else(|| StdlibError::value("invalid state"))?;
        *self = Random { mt, gauss_next };
        Ok(())
    }

    /// `random()`: a float in [0.0, 1.0) built from 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = f64::from(self.mt.next_u32() >> 5);
        let b = f64::from(self.mt.next_u32() >> 6);
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`, drawing the same words CPython would (`None` above 64).
    pub fn getrandbits_u64(&mut self, k: u32) -> Option<u64> {
        match k {
            0 => Some(0),
            1..=32 => Some(u64::from(self.mt.next_u32() >> (32 - k))),
            33..=64 => {
                let low = u64::from(self.mt.next_u32());
                let high = u64::from(self.mt.next_u32() >> (64 - k));
                Some(high << 32 | low)
            }
            _ => None,
        }
    }

    /// `getrandbits(k)`: words are drawn least significant first, the last one cut to size.
    /// `k` must fit a C int, as in CPython.
    pub fn getrandbits(&mut self, k: i64) -> Result<BigUint, StdlibError> {
        if i32::try_from(k).is_err() {
            return Err(StdlibError::overflow("Python int too large to convert to C int"));
        }
        if k < 0 {
            return Err(StdlibError::value("number of bits must be non-negative"));
        }
        if k <= 64 {
            return Ok(BigUint::from(self.getrandbits_u64(k as u32).unwrap_or(0)));
        }
        let mut remaining = k;
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        while remaining > 0 {
            let mut r = self.mt.next_u32();
            if remaining < 32 {
                r >>= 32 - remaining;
            }
            words.push(r);
            remaining -= 32;
        }
        Ok(BigUint::new(words))
    }

    /// `randbytes(n)`: `getrandbits(n * 8)` as `n` little-endian bytes.
    pub fn randbytes(&mut self, n: i64) -> Result<Vec<u8>, StdlibError> {
        let value = self.getrandbits(n.saturating_mul(8))?;
        let mut bytes = value.to_bytes_le();
        bytes.resize(n.max(0) as usize, 0);
        Ok(bytes)
    }

    /// `_randbelow(n)` for `n` that fits in a `u64`: `getrandbits(n.bit_length())` until below.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0; // CPython would loop forever; no caller asks.
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k).unwrap_or(0);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any positive `n` (0 for `n == 0`, where CPython would hang). Fails only
    /// as `getrandbits` does, for an `n` of more than `i32::MAX` bits.
    pub fn randbelow(&mut self, n: &BigUint) -> Result<BigUint, StdlibError> {
        if let Some(small) = n.to_u64() {
            return Ok(BigUint::from(self.randbelow_u64(small)));
        }
        let k = i64::try_from(n.bits()).unwrap_or(i64::MAX);
        loop {
            let r = self.getrandbits(k)?;
            if &r < n {
                return Ok(r);
            }
        }
    }

    pub(crate) fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow_u64(n as u64) as usize
    }

    /// `randrange(start, stop=None, step=1)` with int arguments, messages as in CPython 3.11.
    ///
    /// `step` other than 1 without a `stop` is CPython's `TypeError`. (CPython tests
    /// `step is not 1`, so `randrange(5, None, True)` raises there too; the interpreter passes
    /// such a `step` as anything but 1 to get that.) Float arguments are converted first with
    /// [`randrange_float_arg`].
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: &BigInt,
    ) -> Result<BigInt, StdlibError> {
        let Some(stop) = stop else {
            if !step.is_one() {
                return Err(StdlibError::new(
                    ExcKind::TypeError,
                    "Missing a non-None stop argument",
                ));
            }
            if start.is_positive() {
                return Ok(BigInt::from(self.randbelow(start.magnitude())?));
            }
            return Err(StdlibError::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + BigInt::from(self.randbelow(width.magnitude())?));
            }
            return Err(StdlibError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = if step.is_positive() {
            (&width + step - 1i32).div_floor(step)
        } else if step.is_negative() {
            (&width + step + 1i32).div_floor(step)
        } else {
            return Err(StdlibError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(StdlibError::value("empty range for randrange()"));
        }
        Ok(start + step * BigInt::from(self.randbelow(n.magnitude())?))
    }

    /// [`Random::randrange`] for `i64` arguments (the answer always fits).
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: i64,
    ) -> Result<i64, StdlibError> {
        let stop = stop.map(BigInt::from);
        let r = self.randrange(&BigInt::from(start), stop.as_ref(), &BigInt::from(step))?;
        Ok(r.to_i64().unwrap_or(start))
    }

    /// `randint(a, b)`, which is `randrange(a, b + 1)` (so its errors name `b + 1`).
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, StdlibError> {
        self.randrange(a, Some(&(b + 1)), &BigInt::one())
    }

    /// [`Random::randint`] for `i64` arguments.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, StdlibError> {
        let r = self.randint(&BigInt::from(a), &BigInt::from(b))?;
        Ok(r.to_i64().unwrap_or(a))
    }
}

/// How `randrange` turns a float argument into an int in 3.11: an integral float is accepted
/// (with a `DeprecationWarning` the interpreter may skip), anything else is a `ValueError`.
/// `position` is 0, 1 or 2 for start, stop, step.
pub fn randrange_float_arg(x: f64, position: usize) -> Result<BigInt, StdlibError> {
    if x.is_nan() {
        return Err(StdlibError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(StdlibError::overflow("cannot convert float infinity to integer"));
    }
    if x.fract() != 0.0 {
        let which = ["arg 1", "stop", "step"].get(position).copied().unwrap_or("step");
        return Err(StdlibError::value(format!("non-integer {which} for randrange()")));
    }
    Ok(float_to_bigint(x))
}

/// An integral finite float as an exact `BigInt`.
fn float_to_bigint(x: f64) -> BigInt {
    if let Some(i) = x.to_i64() {
        return BigInt::from(i);
    }
    // Beyond i64 the float is mantissa * 2**exponent with a positive exponent.
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as usize - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, BigUint::from(mantissa) << exponent)
}
