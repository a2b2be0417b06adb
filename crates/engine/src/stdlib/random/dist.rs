//! The real-valued distributions of `Lib/random.py`, step for step.
//!
//! Each method draws `random()` exactly as often as CPython and does the same float operations in
//! the same order, so results match to the bit. Python's float and `math` operations raise where C
//! would quietly produce inf or NaN; the helpers at the bottom do the same checks.
//!
//! Arguments are floats. CPython takes ints too and mixes them in exactly, which can differ only
//! for ints beyond 2**53 (the interpreter converts them with `float(x)`'s rounding).

use std::f64::consts::{E, PI, TAU};

use super::Random;
use crate::stdlib::StdlibError;
use crate::ExcKind;

const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5; // 4 * exp(-0.5) / sqrt(2.0)
const LOG4: f64 = 1.386_294_361_119_890_6; // log(4.0)
const SG_MAGICCONST: f64 = 2.504_077_396_776_274; // 1.0 + log(4.5)

/// Rejection loops that CPython would spin in forever (NaN or infinite parameters) give up after
/// this many tries; with sane parameters each try succeeds with probability well above 1/2.
const MAX_TRIES: u32 = 1_000_000;

type Res = Result<f64, StdlibError>;

impl Random {
    /// `uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low, high, mode)`. When `mode` is given and `high == low`, CPython returns
    /// `low` itself (an int stays an int): the caller returns its argument then; `low` as a
    /// float here.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(mode) => {
                if high - low == 0.0 {
                    return low; // the ZeroDivisionError CPython catches
                }
                (mode - low) / (high - low)
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio-of-uniforms method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> Res {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -log(u2)? {
                return Ok(mu + z * sigma);
            }
        }
    }

    /// `gauss(mu, sigma)`: Box-Muller, keeping the second value for the next call.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> Res {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TAU;
                let g2rad = sqrt(-2.0 * log(1.0 - self.random())?)?;
                let z = cos(x2pi)? * g2rad;
                self.gauss_next = Some(sin(x2pi)? * g2rad);
                z
            }
        };
        Ok(mu + z * sigma)
    }

    /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> Res {
        exp(self.normalvariate(mu, sigma)?)
    }

    /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
    pub fn expovariate(&mut self, lambd: f64) -> Res {
        div(-log(1.0 - self.random())?, lambd)
    }

    /// `vonmisesvariate(mu, kappa)`: Fisher's method for circular data.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> Res {
        if kappa <= 1e-6 {
            return Ok(TAU * self.random());
        }
        let s = div(0.5, kappa)?;
        let r = s + sqrt(1.0 + s * s)?;
        let mut tries = 0;
        let z = loop {
            let u1 = self.random();
            let z = cos(PI * u1)?;
            let d = div(z, r + z)?;
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
                break z;
            }
            tries = endless_guard(tries, "vonmisesvariate")?;
        };
        let q = div(1.0, r)?;
        let f = div(q + z, 1.0 + q * z)?;
        let u3 = self.random();
        if u3 > 0.5 {
            fmod(mu + acos(f)?, TAU)
        } else {
            fmod(mu - acos(f)?, TAU)
        }
    }

    /// `gammavariate(alpha, beta)` (not the gamma function).
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Res {
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(StdlibError::value("gammavariate: alpha and beta must be > 0.0"));
        }
        let mut tries = 0;
        if alpha > 1.0 {
            // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters".
            let ainv = sqrt(2.0 * alpha - 1.0)?;
            let bbb = alpha - LOG4;
            let ccc = alpha + ainv;
            loop {
                tries = endless_guard(tries, "gammavariate")?;
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = div(log(div(u1, 1.0 - u1)?)?, ainv)?;
                let x = alpha * exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)? {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            // expovariate(1/beta)
            Ok(-log(1.0 - self.random())? * beta)
        } else {
            // ALGORITHM GS of Statistical Computing - Kennedy & Gentle.
            let x = loop {
                tries = endless_guard(tries, "gammavariate")?;
                let u = self.random();
                let b = (E + alpha) / E;
                let p = b * u;
                let x =
                    if p <= 1.0 { pow(p, div(1.0, alpha)?)? } else { -log(div(b - p, alpha)?)? };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= pow(x, alpha - 1.0)? {
                        break x;
                    }
                } else if u1 <= exp(-x)? {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`, from two gamma variates.
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Res {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return div(y, y + self.gammavariate(beta, 1.0)?);
        }
        Ok(0.0)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Res {
        let u = 1.0 - self.random();
        pow(u, div(-1.0, alpha)?)
    }

    /// `weibullvariate(alpha, beta)`: `alpha` is the scale, `beta` the shape.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Res {
        let u = 1.0 - self.random();
        Ok(alpha * pow(-log(u)?, div(1.0, beta)?)?)
    }
}

/// Counts a rejected try; errs once CPython would evidently never return.
fn endless_guard(tries: u32, name: &str) -> Result<u32, StdlibError> {
    if tries >= MAX_TRIES {
        return Err(StdlibError::never_returns(format!(
            "{name}() never returns with these arguments"
        )));
    }
    Ok(tries + 1)
}

fn domain_error() -> StdlibError {
    StdlibError::value("math domain error")
}

/// `math.log(x)`.
fn log(x: f64) -> Res {
    if x.is_nan() || x > 0.0 {
        Ok(x.ln())
    } else {
        Err(domain_error())
    }
}

/// `math.exp(x)`: overflow from a finite argument is an error.
fn exp(x: f64) -> Res {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(StdlibError::overflow("math range error"));
    }
    Ok(r)
}

/// `math.sqrt(x)`.
fn sqrt(x: f64) -> Res {
    if x < 0.0 {
        return Err(domain_error());
    }
    Ok(x.sqrt())
}

/// `math.cos(x)`, `math.sin(x)`, `math.acos(x)`: a NaN from a non-NaN argument is an error.
fn cos(x: f64) -> Res {
    not_nan_from(x, x.cos())
}

fn sin(x: f64) -> Res {
    not_nan_from(x, x.sin())
}

fn acos(x: f64) -> Res {
    not_nan_from(x, x.acos())
}

fn not_nan_from(x: f64, r: f64) -> Res {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// Python's float `a / b`.
fn div(a: f64, b: f64) -> Res {
    if b == 0.0 {
        return Err(StdlibError::new(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(a / b)
}

/// Python's float `a % b`: the result takes the sign of `b`.
fn fmod(a: f64, b: f64) -> Res {
    if b == 0.0 {
        return Err(StdlibError::new(ExcKind::ZeroDivisionError, "float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

/// Python's float `v ** w` (CPython's `float_pow`), for the real-valued cases.
fn pow(v: f64, w: f64) -> Res {
    let odd_integer = |w: f64| w.is_finite() && w.fract() == 0.0 && (w % 2.0).abs() == 1.0;
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    if w.is_infinite() {
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        return Ok(match (w > 0.0, odd_integer(w)) {
            (true, true) => v,
            (true, false) => v.abs(),
            (false, true) => 0.0f64.copysign(v),
            (false, false) => 0.0,
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(StdlibError::new(
                ExcKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if odd_integer(w) { v } else { 0.0 });
    }
    if v == 1.0 {
        return Ok(1.0);
    }
    if v < 0.0 && w.fract() != 0.0 {
        // CPython returns a complex number here; no distribution gets here with valid input.
        return Err(StdlibError::value("negative number cannot be raised to a fractional power"));
    }
    let r = v.powf(w);
    if r.is_infinite() {
        return Err(StdlibError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}
