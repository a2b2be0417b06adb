//! Network time: integer nanoseconds, so every rule of the network model is exact arithmetic
//! (tests/conformance/NETWORK_MODEL.md, "Timing rules"). The loop's clock is a float of
//! seconds; these are the two conversions between them.

/// A moment or a duration of virtual time, in nanoseconds.
pub type Nanos = u64;

/// One millisecond.
pub const MILLISECOND: Nanos = 1_000_000;
/// One second.
pub const SECOND: Nanos = 1_000_000_000;

/// The loop's clock reading as network time: rounded to the nearest nanosecond; negative or
/// not-a-number readings are time 0.
pub fn from_seconds(seconds: f64) -> Nanos {
    if seconds.is_nan() || seconds <= 0.0 {
        0
    } else if seconds >= (u64::MAX / SECOND) as f64 {
        u64::MAX
    } else {
        (seconds * 1e9).round() as Nanos
    }
}

/// Network time as the loop's clock shows it: one float division (`t_ns / 1e9`).
pub fn to_seconds(t: Nanos) -> f64 {
    t as f64 / 1e9
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_round_to_the_nearest_nanosecond() {
        assert_eq!(from_seconds(0.15), 150_000_000);
        assert_eq!(from_seconds(1.0000000004), SECOND);
        assert_eq!(from_seconds(-1.0), 0);
        assert_eq!(from_seconds(f64::NAN), 0);
        assert_eq!(to_seconds(1_150_000_000), 1.15);
    }
}
