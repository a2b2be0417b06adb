//! `math.gamma` and `math.lgamma` as CPython 3.11 computes them: not with the C library's
//! `tgamma`/`lgamma` (their accuracy differs between platforms) but with its own Lanczos
//! approximation (g = 6.0246800407767296, 13 terms, the coefficients of Boost's
//! `lanczos13m53`), a table for small integers and the reflection formula below zero. The
//! same operations in the same order give the same bits, which a program printing
//! `math.gamma(0.5)` sees.

// The coefficients are written with the digits they are published with (Boost's table),
// more than a double holds; the compiler rounds them as CPython's C compiler does.
#![allow(clippy::excessive_precision)]

/// Why a result is no number (what CPython's `errno` says to `math_1a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecialError {
    /// `ValueError: math domain error`.
    Domain,
    /// Too large for a float: `OverflowError: math range error` (an underflow, a result
    /// below 1.5 in magnitude, is no error).
    Range,
}

/// log π, as a constant (a computed `PI.ln()` may round the other way).
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;

/// The rational function's numerator and denominator, lowest power first.
const LANCZOS_NUMERATOR: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DENOMINATOR: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Γ(n) for n = 1..=23, exactly: (n - 1)!.
const FACTORIALS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// The Lanczos sum for `x > 0`: Horner's rule in x below 5, in 1/x from 5 on (where the
/// powers of x would overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUMERATOR[i];
            den = den * x + LANCZOS_DENOMINATOR[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUMERATOR[i];
            den = den / x + LANCZOS_DENOMINATOR[i];
        }
    }
    num / den
}

/// sin(πx) for finite x, exact at the multiples of ½ (reduced to [0, 2) first).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as u8 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(π(y - 1)), which gives -0.0 at y = 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// Γ(x).
pub fn gamma(x: f64) -> Result<f64, SpecialError> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        // Γ(nan) = nan, Γ(+inf) = +inf, Γ(-inf) is no number.
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(SpecialError::Domain) };
    }
    if x == 0.0 {
        // A pole (±inf in C, with a divide-by-zero).
        return Err(SpecialError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(SpecialError::Domain);
        }
        if x <= FACTORIALS.len() as f64 {
            return Ok(FACTORIALS[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        // Γ(x) ~ 1/x near 0.
        let r = 1.0 / x;
        return if r.is_infinite() { Err(SpecialError::Range) } else { Ok(r) };
    }
    if absx > 200.0 {
        // Overflows above 200; below -200 (not an integer) underflows to ±0.
        return if x < 0.0 { Ok(0.0 / sin_pi(x)) } else { Err(SpecialError::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result with (the two orders keep the
    // subtractions exact).
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half_power = y.powf(absx / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    if r.is_infinite() {
        return Err(SpecialError::Range);
    }
    Ok(r)
}

/// log |Γ(x)|.
pub fn lgamma(x: f64) -> Result<f64, SpecialError> {
    if !x.is_finite() {
        // nan stays nan; both infinities give +inf.
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        // Poles at 0, -1, -2, ...; log Γ(1) = log Γ(2) = 0.
        return if x <= 0.0 { Err(SpecialError::Domain) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula: log π - log |sin(πx)| - log |x| - log |Γ(|x|)|.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(SpecialError::Range);
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_where_cpython_is_exact() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(0.5), Ok(1.7724538509055159));
        assert_eq!(gamma(-1.0), Err(SpecialError::Domain));
        assert_eq!(gamma(172.0), Err(SpecialError::Range));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(0.0), Err(SpecialError::Domain));
        assert_eq!(sin_pi(1.0).to_bits(), 0f64.to_bits());
    }
}
