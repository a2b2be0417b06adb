//! Bit-exactness against CPython 3.11.7: `tests_data.rs` holds what `random.Random` printed for
//! the same seeds and the same calls, in order (floats as their IEEE bit patterns).

use num_bigint::BigInt;

use super::tests_data::{FULL_CASES, OPS, SHORT_CASES, SHORT_OPS};
use super::Random;
use crate::stdlib::StdlibError;

pub(super) enum Seed {
    Int(&'static str),
    Str(&'static str),
    Bytes(&'static [u8]),
    /// `bytes(range(256)) * 2`: long enough for several 32-bit key words.
    AllBytesTwice,
    Float(f64),
}

/// One call on the generator; big ints are decimal strings.
pub(super) enum Op {
    Random,
    Bits(i64),
    Bytes(i64),
    Range(&'static str, Option<&'static str>, &'static str),
    RangeI64(i64, Option<i64>, i64),
    Int(&'static str, &'static str),
    IntI64(i64, i64),
    Choice(usize),
    Shuffle(usize),
    Sample(usize, i64),
    SampleCounts(usize, &'static [i64], i64),
    Uniform(f64, f64),
    Choices(usize, i64),
    ChoicesW(&'static [f64], i64),
    ChoicesCum(&'static [f64], i64),
    Gauss(f64, f64),
    Normal(f64, f64),
    LogNormal(f64, f64),
    Expo(f64),
    Tri(f64, f64, Option<f64>),
    VonMises(f64, f64),
    Gamma(f64, f64),
    Beta(f64, f64),
    Pareto(f64),
    Weibull(f64, f64),
    /// `random()` this many times; the answer is the XOR of their bit patterns.
    Burn(usize),
}

fn big(s: &str) -> BigInt {
    s.parse().expect("test table holds decimal ints")
}

fn float(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn list(xs: &[usize]) -> String {
    xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")
}

fn shown<T>(r: Result<T, StdlibError>, show: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => show(v),
        Err(e) => format!("{}: {e}", e.exc_kind()),
    }
}

/// A `choices` answer as the interpreter would use it: indexing a list of length `n`.
fn indexed(r: Result<Vec<usize>, StdlibError>, n: usize) -> String {
    shown(r, |v| {
        if v.iter().any(|&i| i >= n) {
            "IndexError: list index out of range".to_string()
        } else {
            list(&v)
        }
    })
}

fn run(rng: &mut Random, op: &Op) -> String {
    match *op {
        Op::Random => float(rng.random()),
        Op::Bits(k) => shown(rng.getrandbits(k), |v| v.to_string()),
        Op::Bytes(n) => shown(rng.randbytes(n), |v| v.iter().map(|b| format!("{b:02x}")).collect()),
        Op::Range(a, b, s) => {
            let stop = b.map(big);
            shown(rng.randrange(&big(a), stop.as_ref(), &big(s)), |v| v.to_string())
        }
        Op::RangeI64(a, b, s) => shown(rng.randrange_i64(a, b, s), |v| v.to_string()),
        Op::Int(a, b) => shown(rng.randint(&big(a), &big(b)), |v| v.to_string()),
        Op::IntI64(a, b) => shown(rng.randint_i64(a, b), |v| v.to_string()),
        Op::Choice(n) => shown(rng.choice(n), |v| v.to_string()),
        Op::Shuffle(n) => {
            let mut items: Vec<usize> = (0..n).collect();
            rng.shuffle(&mut items);
            list(&items)
        }
        Op::Sample(n, k) => shown(rng.sample(n, k), |v| list(&v)),
        Op::SampleCounts(n, counts, k) => shown(rng.sample_counts(n, counts, k), |v| list(&v)),
        Op::Uniform(a, b) => float(rng.uniform(a, b)),
        Op::Choices(n, k) => indexed(rng.choices(n, k, None), n),
        Op::ChoicesW(w, k) => indexed(rng.choices_weighted(w.len(), k, w), w.len()),
        Op::ChoicesCum(cw, k) => {
            let n = if cw.len() == 1 { 2 } else { cw.len() }; // [1.0] is the mismatch case
            indexed(rng.choices(n, k, Some(cw)), n)
        }
        Op::Gauss(m, s) => shown(rng.gauss(m, s), float),
        Op::Normal(m, s) => shown(rng.normalvariate(m, s), float),
        Op::LogNormal(m, s) => shown(rng.lognormvariate(m, s), float),
        Op::Expo(l) => shown(rng.expovariate(l), float),
        Op::Tri(a, b, m) => float(rng.triangular(a, b, m)),
        Op::VonMises(m, k) => shown(rng.vonmisesvariate(m, k), float),
        Op::Gamma(a, b) => shown(rng.gammavariate(a, b), float),
        Op::Beta(a, b) => shown(rng.betavariate(a, b), float),
        Op::Pareto(a) => shown(rng.paretovariate(a), float),
        Op::Weibull(a, b) => shown(rng.weibullvariate(a, b), float),
        Op::Burn(n) => format!("{:016x}", (0..n).fold(0u64, |x, _| x ^ rng.random().to_bits())),
    }
}

fn seeded(seed: &Seed) -> Random {
    let mut rng = Random::default();
    match *seed {
        Seed::Int(n) => rng.seed_int(&big(n)),
        Seed::Str(s) => rng.seed_str(s),
        Seed::Bytes(b) => rng.seed_bytes(b),
        Seed::AllBytesTwice => {
            let bytes: Vec<u8> = (0..512).map(|i| (i % 256) as u8).collect();
            rng.seed_bytes(&bytes);
        }
        Seed::Float(x) => rng.seed_float(x),
    }
    rng
}

fn check(cases: &[(Seed, &[&str])], ops: &[Op]) {
    for (case, (seed, expected)) in cases.iter().enumerate() {
        let mut rng = seeded(seed);
        assert_eq!(ops.len(), expected.len(), "case {case}: table out of date");
        for (step, (op, want)) in ops.iter().zip(expected.iter()).enumerate() {
            assert_eq!(run(&mut rng, op), *want, "case {case}, op {step}");
        }
    }
}

#[test]
fn every_method_matches_cpython() {
    check(FULL_CASES, OPS);
}

#[test]
fn every_seed_kind_matches_cpython() {
    check(SHORT_CASES, SHORT_OPS);
}

#[test]
fn default_is_seed_zero_and_reseeding_clears_gauss_cache() {
    let mut a = Random::default();
    let mut b = Random::default();
    b.seed_i64(0);
    assert_eq!(a.random().to_bits(), b.random().to_bits());
    let _ = a.gauss(0.0, 1.0);
    a.seed_i64(7);
    b.seed_i64(7);
    assert_eq!(a.gauss(0.0, 1.0), b.gauss(0.0, 1.0));
}

#[test]
fn float_arguments_to_randrange() {
    assert_eq!(super::randrange_float_arg(3.0, 0), Ok(BigInt::from(3)));
    assert_eq!(super::randrange_float_arg(-1e20, 1), Ok(big("-100000000000000000000")));
    let err = super::randrange_float_arg(2.5, 1).unwrap_err();
    assert_eq!(err.message, "non-integer stop for randrange()");
    let err = super::randrange_float_arg(2.5, 0).unwrap_err();
    assert_eq!(err.message, "non-integer arg 1 for randrange()");
}

#[test]
fn hopeless_parameters_end_instead_of_spinning() {
    let mut rng = Random::default();
    let err = rng.gammavariate(f64::NAN, 1.0).unwrap_err();
    assert_eq!(err.kind, crate::stdlib::Failure::NeverReturns);
    assert!(rng.vonmisesvariate(0.0, f64::NAN).is_err());
    assert!(rng.gammavariate(f64::INFINITY, 1.0).is_err());
}
