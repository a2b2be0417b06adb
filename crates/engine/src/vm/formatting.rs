//! `template % args` and `template.format(...)`: `pyfmt` does the parsing and layout and asks
//! the interpreter, through these adapters, for the values, their `str()`/`repr()` and items.

use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_pyfmt::{
    self as pyfmt, Conversion, FormatError, FormatFields, IntConversion, PercentArgs,
};
use num_bigint::BigInt;

/// A formatting error, or an exception raised by the program's own code during formatting.
pub(crate) enum GlueError {
    Format(FormatError),
    Python(PyErr),
}

impl From<FormatError> for GlueError {
    fn from(e: FormatError) -> Self {
        GlueError::Format(e)
    }
}

impl From<PyErr> for GlueError {
    fn from(e: PyErr) -> Self {
        GlueError::Python(e)
    }
}

impl Vm {
    pub(crate) fn glue_error(&self, e: GlueError) -> PyErr {
        self.glue(e)
    }

    fn glue(&self, e: GlueError) -> PyErr {
        match e {
            GlueError::Format(f) => self.format_error(f),
            GlueError::Python(p) => p,
        }
    }

    /// `template % operand`.
    pub(crate) fn percent_format(&mut self, template: &str, operand: &Value) -> PyResult<String> {
        let mut args = Percent { vm: self, operand };
        let r = pyfmt::percent_format(template, &mut args);
        r.map_err(|e| self.glue(e))
    }

    /// `template.format(*args, **kwargs)` (`args.pos[0]` is the template itself).
    pub(crate) fn str_format(&mut self, template: &str, args: Args) -> PyResult<String> {
        let mut fields = Fields { vm: self, args, mapping: None };
        let r = pyfmt::str_format(template, &mut fields);
        r.map_err(|e| self.glue(e))
    }

    /// `template.format_map(mapping)`: named fields are `mapping[name]`.
    pub(crate) fn str_format_map(&mut self, template: &str, mapping: &Value) -> PyResult<String> {
        let args = Args::positional(&[]);
        let mut fields = Fields { vm: self, args, mapping: Some(mapping) };
        let r = pyfmt::str_format(template, &mut fields);
        r.map_err(|e| self.glue(e))
    }
}

/// The tuple `%` takes its arguments from: a tuple, or an instance of a tuple subclass (a
/// namedtuple), as CPython's `PyTuple_Check` accepts.
fn operand_tuple(operand: &Value) -> Option<&super::value::TupleObj> {
    match operand {
        Value::Tuple(t) => Some(t),
        Value::Instance(_) => match super::builtin_subclass::base_of(operand) {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        },
        _ => None,
    }
}

struct Percent<'a> {
    vm: &'a mut Vm,
    operand: &'a Value,
}

impl PercentArgs for Percent<'_> {
    type Value = Value;
    type Error = GlueError;

    fn tuple_len(&self) -> Option<usize> {
        operand_tuple(self.operand).map(|t| t.items.len())
    }

    fn is_mapping(&self) -> bool {
        match self.operand {
            Value::Dict(_) | Value::List(_) => true,
            Value::Instance(i) => {
                i.class.lookup("__getitem__").is_some()
                    || matches!(
                        super::builtin_subclass::base_of(self.operand),
                        Some(Value::Dict(_))
                    )
            }
            _ => false,
        }
    }

    fn item(&mut self, index: usize) -> Result<Value, GlueError> {
        Ok(match operand_tuple(self.operand) {
            Some(t) => t.items.get(index).cloned().unwrap_or(Value::None),
            None => self.operand.clone(),
        })
    }

    fn lookup(&mut self, key: &str) -> Result<Value, GlueError> {
        let operand = self.operand.clone();
        Ok(self.vm.get_item(&operand, &Value::str(key))?)
    }

    fn type_name(&self, value: &Value) -> String {
        self.vm.type_name(value)
    }

    fn to_str(&mut self, value: &Value) -> Result<String, GlueError> {
        Ok(self.vm.str_of(value)?)
    }

    fn to_repr(&mut self, value: &Value) -> Result<String, GlueError> {
        Ok(self.vm.repr(value)?)
    }

    fn as_str(&self, value: &Value) -> Option<String> {
        value.as_str().map(str::to_string)
    }

    fn to_int(&mut self, value: &Value, how: IntConversion) -> Result<Option<BigInt>, GlueError> {
        // IntEnum members and other int/float subclass instances format as their value.
        let value = super::builtin_subclass::number_of(value);
        Ok(match value {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => super::numbers::to_bigint(value),
            Value::Float(f) if how == IntConversion::Int => Some(pyfmt::float_to_int(*f)?),
            // A number of the program's or the library's (`Decimal`, `Fraction`): `%d` is
            // `int(v)` (`__int__`, else `__index__`), `%x` is `operator.index(v)`.
            Value::Instance(inst) => {
                let wanted = match how {
                    IntConversion::Int => {
                        inst.class.lookup("__int__").is_some()
                            || inst.class.lookup("__index__").is_some()
                    }
                    IntConversion::Index => inst.class.lookup("__index__").is_some(),
                    IntConversion::Exact => false,
                };
                if !wanted {
                    return Ok(None);
                }
                let int = match how {
                    IntConversion::Int => super::builtins::int_of(self.vm, value)?,
                    _ => self.vm.index_of_object(value)?.unwrap_or(Value::None),
                };
                super::numbers::to_bigint(&int)
            }
            _ => None,
        })
    }

    fn to_float(&mut self, value: &Value) -> Result<f64, GlueError> {
        // `PyFloat_AsDouble`: a float, an int, or what `__float__` gives.
        Ok(crate::stdlib::math_module::to_f64(self.vm, value)?)
    }
}

/// The right operand of `bytes % operand`: as for str, except that `%s`/`%b` take the bytes
/// of a bytes-like object (or of `__bytes__`), given as the characters U+0000..U+00FF, and
/// mapping keys are bytes.
pub(crate) struct BytesPercent<'a> {
    pub vm: &'a mut Vm,
    pub operand: &'a Value,
}

impl PercentArgs for BytesPercent<'_> {
    type Value = Value;
    type Error = GlueError;

    fn bytes_mode(&self) -> bool {
        true
    }

    fn tuple_len(&self) -> Option<usize> {
        match self.operand {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        match self.operand {
            Value::Dict(_) | Value::List(_) => true,
            Value::Instance(i) => i.class.lookup("__getitem__").is_some(),
            _ => false,
        }
    }

    fn item(&mut self, index: usize) -> Result<Value, GlueError> {
        Percent { vm: self.vm, operand: self.operand }.item(index)
    }

    fn lookup(&mut self, key: &str) -> Result<Value, GlueError> {
        let operand = self.operand.clone();
        let key = Value::bytes(key.chars().map(|c| c as u32 as u8).collect());
        Ok(self.vm.get_item(&operand, &key)?)
    }

    fn type_name(&self, value: &Value) -> String {
        self.vm.type_name(value)
    }

    fn to_str(&mut self, value: &Value) -> Result<String, GlueError> {
        let data = match self.vm.bytes_arg(value)? {
            Some(d) => d.to_vec(),
            None => {
                let method = match value {
                    Value::Instance(i) => i.class.lookup("__bytes__"),
                    _ => None,
                };
                match method {
                    Some(m) => match self.vm.call1(&m, value.clone())? {
                        Value::Bytes(b) => b.data.to_vec(),
                        other => {
                            return Err(GlueError::Python(self.vm.new_error(
                                ExcKind::TypeError,
                                &format!(
                                    "__bytes__ returned non-bytes (type {})",
                                    self.vm.type_name(&other)
                                ),
                            )))
                        }
                    },
                    None => {
                        return Err(GlueError::Python(self.vm.new_error(
                            ExcKind::TypeError,
                            &format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                self.vm.type_name(value)
                            ),
                        )))
                    }
                }
            }
        };
        Ok(data.into_iter().map(|b| b as char).collect())
    }

    fn to_repr(&mut self, value: &Value) -> Result<String, GlueError> {
        Ok(self.vm.repr(value)?)
    }

    fn as_str(&self, value: &Value) -> Option<String> {
        match value {
            Value::Bytes(b) if b.data.len() == 1 => Some((b.data[0] as char).to_string()),
            Value::ByteArray(b) if b.data.borrow().len() == 1 => {
                Some((b.data.borrow()[0] as char).to_string())
            }
            _ => None,
        }
    }

    fn to_int(&mut self, value: &Value, how: IntConversion) -> Result<Option<BigInt>, GlueError> {
        Percent { vm: self.vm, operand: self.operand }.to_int(value, how)
    }

    fn to_float(&mut self, value: &Value) -> Result<f64, GlueError> {
        Percent { vm: self.vm, operand: self.operand }.to_float(value)
    }
}

struct Fields<'a> {
    vm: &'a mut Vm,
    args: Args<'a>,
    /// `format_map`'s mapping: named fields come from it, and positional ones are an error.
    mapping: Option<&'a Value>,
}

impl FormatFields for Fields<'_> {
    type Value = Value;
    type Error = GlueError;

    fn positional(&mut self, index: usize) -> Result<Value, GlueError> {
        if self.mapping.is_some() {
            let message = "Format string contains positional fields";
            return Err(GlueError::Python(self.vm.new_error(ExcKind::ValueError, message)));
        }
        // pos[0] is the template string itself.
        match self.args.pos.get(index + 1) {
            Some(v) => Ok(v.clone()),
            None => Err(pyfmt::replacement_index_error(index).into()),
        }
    }

    fn keyword(&mut self, name: &str) -> Result<Value, GlueError> {
        if let Some(mapping) = self.mapping {
            return Ok(self.vm.get_item(mapping, &Value::str(name))?);
        }
        match self.args.keyword(name) {
            Some(v) => Ok(v.clone()),
            None => Err(GlueError::Python(PyErr::Exception(
                self.vm.new_exception(self.vm.types.exc(ExcKind::KeyError), vec![Value::str(name)]),
            ))),
        }
    }

    fn attribute(&mut self, value: Value, name: &str) -> Result<Value, GlueError> {
        Ok(self.vm.get_attr(&value, name)?)
    }

    fn item_index(&mut self, value: Value, index: usize) -> Result<Value, GlueError> {
        Ok(self.vm.get_item(&value, &Value::Int(index as i64))?)
    }

    fn item_key(&mut self, value: Value, key: &str) -> Result<Value, GlueError> {
        Ok(self.vm.get_item(&value, &Value::str(key))?)
    }

    fn convert(&mut self, value: Value, conversion: Conversion) -> Result<Value, GlueError> {
        Ok(Value::string(match conversion {
            Conversion::Str => self.vm.str_of(&value)?,
            Conversion::Repr => self.vm.repr(&value)?,
            Conversion::Ascii => self.vm.ascii_of(&value)?,
        }))
    }

    fn format(&mut self, value: Value, spec: &str) -> Result<String, GlueError> {
        Ok(self.vm.format(&value, spec)?)
    }
}
