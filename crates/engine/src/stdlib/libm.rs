//! The few elementary functions for which Rust's standard library does not call the C
//! library and gets other last bits than glibc, which CPython's `math` calls: `asinh`,
//! `acosh`, `atanh` (fdlibm's reductions to `log`/`log1p`, as glibc writes them) and `cbrt`
//! (glibc's polynomial and Newton step, which is not correctly rounded: `cbrt(27)` is
//! `3.0000000000000004` in CPython on Linux). Checked against glibc on random inputs (see
//! the tests).

const LN2: f64 = std::f64::consts::LN_2;

/// The high 32 bits of a double, as fdlibm's `GET_HIGH_WORD`.
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

pub fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) rounds to x.
        return x;
    }
    let xa = x.abs();
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        xa.ln() + LN2
    } else if ix > 0x4000_0000 {
        (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
    } else {
        let t = xa * xa;
        (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

pub fn acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as u32 as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        // x < 1 (or negative): NaN.
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return x.ln() + LN2;
    }
    if hx == 0x3ff0_0000 && lx == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 1.0 / 268_435_456.0 {
            // |x| < 2**-28.
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return f64::NAN;
    } else if xa.is_nan() {
        return x;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

// The coefficients keep the digits they are published with (the same doubles either way).
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

/// `frexp` for finite nonzero x: x = m * 2**e with 0.5 <= m < 1.
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), exp - 1022)
}

/// `ldexp` for the small exponents `cbrt` needs (|e| <= 360), exact.
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e.clamp(-1022, 1023)) * 2f64.powi(e - e.clamp(-1022, 1023))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_bits_are_glibcs() {
        // glibc 2.36 through CPython 3.11's math module.
        assert_eq!(cbrt(27.0), 3.0000000000000004);
        assert_eq!(cbrt(2.0), 1.2599210498948734);
        assert_eq!(cbrt(0.512), 0.8);
        assert_eq!(cbrt(-1000.0), -10.0);
        assert_eq!(asinh(-2.64485), -1.6997234979716187);
        assert_eq!(atanh(-0.989147), -2.605509821572408);
        assert_eq!(acosh(8.06606), 2.776947448397805);
    }
}
