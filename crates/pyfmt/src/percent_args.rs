//! What `%`-formatting needs from the interpreter: the right operand and its items.
//!
//! CPython converts each argument only as its conversion requires (`%s` calls `str()`,
//! `%d` calls `int()`, ...), and user code may run during those calls, so the interpreter
//! answers these questions lazily instead of describing every value up front. Its own
//! exceptions flow through unchanged via the `Error` type.

use num_bigint::BigInt;

use super::error::FormatError;

/// How `%` asks for an integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntConversion {
    /// Only actual ints (`PyLong_Check`: int, bool, int subclasses); used by `*` widths.
    Exact,
    /// `operator.index(v)`: `%o %x %X %c`.
    Index,
    /// `int(v)`, which also truncates floats: `%d %i %u`.
    Int,
}

/// The right operand of `template % operand`.
pub trait PercentArgs {
    /// An argument value (a reference or handle into the interpreter).
    type Value;
    /// The interpreter's exception type; formatting errors convert into it.
    type Error: From<FormatError>;

    /// `Some(len)` when the operand is a tuple, `None` for any other object (which is then
    /// the single argument).
    fn tuple_len(&self) -> Option<usize>;

    /// CPython's test for `%(key)s` support: the operand has `__getitem__` and is neither a
    /// tuple nor a str (so lists count too: `'a' % [1]` is `'a'`, no error).
    fn is_mapping(&self) -> bool;

    /// Tuple item `index`, or the operand itself when it is not a tuple (`index` is then 0).
    fn item(&mut self, index: usize) -> Result<Self::Value, Self::Error>;

    /// `operand[key]` for `%(key)s`; the mapping's own `KeyError` propagates.
    fn lookup(&mut self, key: &str) -> Result<Self::Value, Self::Error>;

    /// `type(value).__name__`, for the "a real number is required, not str" messages.
    fn type_name(&self, value: &Self::Value) -> String;

    /// `str(value)`, for `%s`.
    fn to_str(&mut self, value: &Self::Value) -> Result<String, Self::Error>;

    /// `repr(value)`, for `%r` and (escaped to ASCII here) `%a`.
    fn to_repr(&mut self, value: &Self::Value) -> Result<String, Self::Error>;

    /// The text of `value` when it is a str (`%c` accepts a one-character str).
    fn as_str(&self, value: &Self::Value) -> Option<String>;

    /// The integer value as `how` asks. `Ok(None)` when CPython would raise `TypeError`
    /// (not a number, or a number without `__index__`/`__int__`); the caller then raises
    /// `%`'s own message. Other failures are errors, e.g. `int(inf)` is an `OverflowError`
    /// (see [`float_to_int`](super::float_to_int)).
    fn to_int(
        &mut self,
        value: &Self::Value,
        how: IntConversion,
    ) -> Result<Option<BigInt>, Self::Error>;

    /// True when formatting bytes (`b"%s" % x`): `%b` then means `%s` and `%r` means `%a`
    /// (`bytes_mod`); the interpreter's `to_str` gives the argument's bytes as the characters
    /// U+0000..U+00FF.
    fn bytes_mode(&self) -> bool {
        false
    }

    /// `float(value)` as `PyFloat_AsDouble` does it, for `%e %f %g` and friends: ints are
    /// converted (`OverflowError: int too large to convert to float`), other non-floats
    /// raise `TypeError: must be real number, not str`.
    fn to_float(&mut self, value: &Self::Value) -> Result<f64, Self::Error>;
}
