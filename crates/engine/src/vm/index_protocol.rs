//! `__index__`: an object of the program's that says which int it stands for, where CPython
//! calls `PyNumber_Index` (sequence subscripts and slices, `range()`, `hex`/`bin`/`oct`,
//! `seq * n`). The built-in paths take ints only; these helpers turn such an object into its
//! int first, so the common case pays one match.

use super::objects::SliceObj;
use super::value::Value;
use super::{Args, PyResult, Vm};
use crate::ExcKind;
use std::rc::Rc;

impl Vm {
    /// The int `v.__index__()` gives, when `v` is an instance whose class defines it (an int
    /// subclass instance is left alone: the built-in paths read its value).
    pub(crate) fn index_of_object(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let Value::Instance(inst) = v else { return Ok(None) };
        if super::builtin_subclass::base_of(v).is_some() {
            return Ok(None);
        }
        let Some(method) = inst.class.lookup("__index__") else { return Ok(None) };
        let bound = self.descriptor_get(method, Some(v), &inst.class)?;
        let result = self.call(&bound, Args::positional(&[]))?;
        match super::builtin_subclass::number_of(&result) {
            Value::Int(_) | Value::BigInt(_) if !matches!(result, Value::Instance(_)) => {
                Ok(Some(result))
            }
            // A strict subclass of int (a bool): deprecated, and read as the int.
            n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => {
                let message = format!(
                    "__index__ returned non-int (type {}).  The ability to return an instance \
                     of a strict subclass of int is deprecated, and may be removed in a future \
                     version of Python.",
                    self.type_name(&result)
                );
                self.warn(ExcKind::DeprecationWarning, &message)?;
                Ok(Some(match n {
                    Value::Bool(b) => Value::Int(*b as i64),
                    other => other.clone(),
                }))
            }
            _ => Err(self.new_error(
                ExcKind::TypeError,
                &format!("__index__ returned non-int (type {})", self.type_name(&result)),
            )),
        }
    }

    /// `PyNumber_Index`: the exact int `v` stands for (a bool or an int subclass's member is
    /// its plain value, an object with `__index__` what that gives); `None` for anything else,
    /// whose error the caller words.
    pub(crate) fn exact_index(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let plain = |n: &Value| match n {
            Value::Bool(b) => Some(Value::Int(*b as i64)),
            Value::Int(_) | Value::BigInt(_) => Some(n.clone()),
            _ => None,
        };
        if let Some(n) = plain(v) {
            return Ok(Some(n));
        }
        if let Some(n) = super::builtin_subclass::base_of(v).and_then(plain) {
            return Ok(Some(n));
        }
        self.index_of_object(v)
    }

    /// `_PyEval_SliceIndex`'s conversion: an int (a bool, an int subclass's member, an object
    /// with `__index__`), one past the machine range clamped to it; `None` for anything else,
    /// whose error the caller words (CPython's variants differ on whether None is allowed).
    pub(crate) fn clamped_slice_index(&mut self, v: &Value) -> PyResult<Option<i64>> {
        let v = self.indexed(v)?;
        Ok(match super::builtin_subclass::number_of(&v) {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::BigInt(b) if super::numbers::is_negative(b) => Some(i64::MIN),
            Value::BigInt(_) => Some(i64::MAX),
            _ => None,
        })
    }

    /// `v`, or the int it stands for when it is an object with `__index__`: for the paths
    /// whose own errors name the original type when it is neither.
    pub(crate) fn indexed(&mut self, v: &Value) -> PyResult<Value> {
        Ok(self.index_of_object(v)?.unwrap_or_else(|| v.clone()))
    }

    /// `sort`'s and `sorted`'s `reverse=`: an int (or what `__index__` makes one), not any
    /// truthy value, as CPython's argument clinic converts it.
    pub(crate) fn reverse_flag(&mut self, reverse: Option<&Value>) -> PyResult<bool> {
        let Some(v) = reverse else { return Ok(false) };
        let v = self.indexed(v)?;
        // CPython parses the flag as a C `int`: past 32 bits it is an OverflowError.
        let too_big = |vm: &Vm| {
            vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C int")
        };
        match super::builtin_subclass::number_of(&v) {
            Value::BigInt(_) => Err(too_big(self)),
            _ => {
                let flag = super::builtins::arg_i64(self, &v, "")?;
                i32::try_from(flag).map(|flag| flag != 0).map_err(|_| too_big(self))
            }
        }
    }

    /// The subscript to use on a built-in sequence: `key` with `__index__` applied to it or
    /// to a slice's bounds; `None` when it is fine as it is.
    pub(crate) fn sequence_key(
        &mut self,
        container: &Value,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        let is_sequence = matches!(
            container,
            Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
                | Value::Range(_)
        );
        if !is_sequence {
            return Ok(None);
        }
        match key {
            Value::Instance(_) => self.index_of_object(key),
            Value::Slice(s) => Ok(self.indexed_slice(s)?.map(Value::Slice)),
            _ => Ok(None),
        }
    }

    /// A slice with `__index__` applied to its bounds; `None` when no bound has it (the
    /// slice path then reports a bad one).
    pub(crate) fn indexed_slice(&mut self, s: &SliceObj) -> PyResult<Option<Rc<SliceObj>>> {
        let bounds = [&s.start, &s.stop, &s.step];
        if !bounds.iter().any(|b| matches!(b, Value::Instance(_))) {
            return Ok(None);
        }
        let start = self.index_of_object(&s.start)?;
        let stop = self.index_of_object(&s.stop)?;
        let step = self.index_of_object(&s.step)?;
        if start.is_none() && stop.is_none() && step.is_none() {
            return Ok(None);
        }
        Ok(Some(Rc::new(SliceObj {
            start: start.unwrap_or_else(|| s.start.clone()),
            stop: stop.unwrap_or_else(|| s.stop.clone()),
            step: step.unwrap_or_else(|| s.step.clone()),
        })))
    }

    /// Positional arguments with `__index__` applied to each instance that has it (`range()`,
    /// `hex()`); `None` when none has it.
    pub(crate) fn indexed_args(&mut self, args: &[Value]) -> PyResult<Option<Vec<Value>>> {
        if !args.iter().any(|a| matches!(a, Value::Instance(_))) {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(args.len());
        let mut changed = false;
        for a in args {
            match self.index_of_object(a)? {
                Some(n) => {
                    changed = true;
                    out.push(n);
                }
                None => out.push(a.clone()),
            }
        }
        // `None` when nothing had `__index__`: the caller's own error names the bad argument.
        Ok(changed.then_some(out))
    }
}
