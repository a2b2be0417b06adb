//! Between str and bytes: `str.encode`, `bytes.decode`, `str(b, encoding)`, and the
//! `UnicodeEncodeError`/`UnicodeDecodeError` they raise (`stdlib::codecs` does the work).

use super::value::Value;
use super::{Args, PyErr, PyResult, Vm};
use crate::stdlib::codecs::{self, Codec, CodecFailure, Handler, Lookup};
use crate::ExcKind;

impl Vm {
    /// The codec an `encoding` argument names (`utf-8` when absent).
    fn codec_arg(&self, encoding: Option<&Value>, fname: &str) -> PyResult<Codec> {
        // A str subclass's instance (a `StrEnum` member) is its text.
        let Some(encoding) = encoding else { return Ok(Codec::Utf8) };
        let name = match super::builtin_subclass::str_value(encoding) {
            Some(name) => name,
            None => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!(
                        "{fname}() argument 'encoding' must be str, not {}",
                        self.arg_type_name(encoding)
                    ),
                ))
            }
        };
        match codecs::lookup(name) {
            Lookup::Found(codec) => Ok(codec),
            Lookup::Unknown => {
                Err(self.new_error(ExcKind::LookupError, &format!("unknown encoding: {name}")))
            }
            Lookup::NotText(name) => Err(self.new_error(
                ExcKind::LookupError,
                &format!(
                    "'{name}' is not a text encoding; use codecs.{}() to handle arbitrary codecs",
                    if fname == "encode" { "encode" } else { "decode" }
                ),
            )),
            Lookup::Unsupported(norm) => Err(self.unsupported_now(&format!("the '{norm}' codec"))),
        }
    }

    fn handler_arg(&self, errors: Option<&Value>, fname: &str) -> PyResult<Handler> {
        // A str subclass's instance (a `StrEnum` member) is its text.
        let Some(errors) = errors else { return Ok(Handler::Strict) };
        match super::builtin_subclass::str_value(errors) {
            Some(name) => Ok(Handler::from_name(name)),
            None => Err(self.new_error(
                ExcKind::TypeError,
                &format!(
                    "{fname}() argument 'errors' must be str, not {}",
                    self.arg_type_name(errors)
                ),
            )),
        }
    }

    /// `text.encode(encoding, errors)`; `fname` names the caller in argument errors.
    pub(crate) fn encode_str(
        &mut self,
        text: &str,
        encoding: Option<&Value>,
        errors: Option<&Value>,
        fname: &str,
    ) -> PyResult<Vec<u8>> {
        let codec = self.codec_arg(encoding, fname)?;
        let handler = self.handler_arg(errors, fname)?;
        if !crate::memory::fits(text.len() * 2) {
            return Err(self.memory_error());
        }
        codecs::encode(text, codec, &handler).map_err(|f| match f {
            CodecFailure::Error(e) => {
                let object = Value::str(text);
                self.unicode_error(ExcKind::UnicodeEncodeError, object, e)
            }
            other => self.codec_failure(other, "UnicodeEncodeError"),
        })
    }

    /// `source.decode(encoding, errors)` of the bytes `data` (`source` is the object the
    /// error reports).
    pub(crate) fn decode_bytes(
        &mut self,
        source: &Value,
        data: &[u8],
        encoding: Option<&Value>,
        errors: Option<&Value>,
        fname: &str,
    ) -> PyResult<String> {
        let codec = self.codec_arg(encoding, fname)?;
        let handler = self.handler_arg(errors, fname)?;
        codecs::decode(data, codec, &handler).map_err(|f| match f {
            CodecFailure::Error(e) => {
                // The error's object is bytes, whatever was decoded.
                let object = match source {
                    Value::Bytes(_) => source.clone(),
                    _ => Value::bytes(data.to_vec()),
                };
                self.unicode_error(ExcKind::UnicodeDecodeError, object, e)
            }
            other => self.codec_failure(other, "UnicodeDecodeError"),
        })
    }

    fn unicode_error(&self, kind: ExcKind, object: Value, e: codecs::CodecError) -> PyErr {
        let args = vec![
            Value::str(e.encoding),
            object,
            Value::Int(e.start as i64),
            Value::Int(e.end as i64),
            Value::str(e.reason),
        ];
        PyErr::Exception(self.new_exception(self.types.exc(kind), args))
    }

    fn codec_failure(&self, f: CodecFailure, what: &str) -> PyErr {
        match f {
            CodecFailure::UnknownHandler(name) => self
                .new_error(ExcKind::LookupError, &format!("unknown error handler name '{name}'")),
            CodecFailure::WrongHandler => self.new_error(
                ExcKind::TypeError,
                &format!("don't know how to handle {what} in error callback"),
            ),
            CodecFailure::Unsupported(handler) => {
                self.unsupported_now(&format!("the '{handler}' error handler"))
            }
            CodecFailure::Error(_) => self.internal_error("codec error without its object"),
        }
    }

    /// `str(object='', encoding=..., errors=...)`.
    /// The `encoding` and `errors` arguments of `callee` (`str`, `bytes`, `bytearray`),
    /// which Argument Clinic converts as `str` before the object is looked at.
    pub(crate) fn check_codec_arguments(
        &self,
        callee: &str,
        encoding: Option<&Value>,
        errors: Option<&Value>,
    ) -> PyResult<()> {
        for (name, arg) in [("encoding", encoding), ("errors", errors)] {
            if let Some(v) = arg.filter(|v| super::builtin_subclass::str_value(v).is_none()) {
                let message =
                    format!("{callee}() argument '{name}' must be str, not {}", self.type_name(v));
                return Err(self.new_error(ExcKind::TypeError, &message));
            }
        }
        Ok(())
    }

    pub(crate) fn construct_str(&mut self, args: Args) -> PyResult<Value> {
        if args.pos.len() > 3 {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("str() takes at most 3 arguments ({} given)", args.pos.len()),
            ));
        }
        let mut object = args.pos.first().cloned();
        let mut encoding = args.pos.get(1).cloned();
        let mut errors = args.pos.get(2).cloned();
        for (k, v) in args.keywords() {
            let slot = match k {
                "object" => &mut object,
                "encoding" => &mut encoding,
                "errors" => &mut errors,
                other => {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        &format!("'{other}' is an invalid keyword argument for str()"),
                    ))
                }
            };
            *slot = Some(v.clone());
        }
        let Some(object) = object else { return Ok(Value::str("")) };
        if encoding.is_none() && errors.is_none() {
            return self.str_value(&object);
        }
        // The arguments are parsed before the object is looked at.
        self.check_codec_arguments("str", encoding.as_ref(), errors.as_ref())?;
        let data = match self.bytes_arg(&object)? {
            Some(d) => d.to_vec(),
            None => {
                let message = match &object {
                    Value::Str(_) => "decoding str is not supported".to_string(),
                    other => format!(
                        "decoding to str: need a bytes-like object, {} found",
                        self.type_name(other)
                    ),
                };
                return Err(self.new_error(ExcKind::TypeError, &message));
            }
        };
        let text = self.decode_bytes(&object, &data, encoding.as_ref(), errors.as_ref(), "str")?;
        Ok(Value::string(text))
    }

    /// `str()` of a `UnicodeEncodeError`/`UnicodeDecodeError` built from its five arguments;
    /// `None` when the exception is not one (or was made with other arguments).
    pub(crate) fn unicode_error_str(&self, kind_of: &Value, args: &[Value]) -> Option<String> {
        if self.exception_is(kind_of, ExcKind::UnicodeTranslateError) {
            return translate_error_str(args);
        }
        let decode = self.exception_is(kind_of, ExcKind::UnicodeDecodeError);
        if !decode && !self.exception_is(kind_of, ExcKind::UnicodeEncodeError) {
            return None;
        }
        let [Value::Str(encoding), object, Value::Int(start), Value::Int(end), Value::Str(reason)] =
            args
        else {
            return None;
        };
        let site = codecs::ErrorSite {
            encoding: encoding.as_str(),
            start: (*start).max(0) as usize,
            end: (*end).max(0) as usize,
            reason: reason.as_str(),
        };
        Some(if decode {
            let data = super::bytes::buffer(object).map(|d| d.to_vec()).unwrap_or_default();
            codecs::decode_error_message(&site, &data)
        } else {
            codecs::encode_error_message(&site, object.as_str().unwrap_or(""))
        })
    }
}

/// `str()` of a `UnicodeTranslateError(object, start, end, reason)`: "can't translate
/// character '\x61' in position 0: ..." for one character, else the range of positions.
fn translate_error_str(args: &[Value]) -> Option<String> {
    let [Value::Str(object), Value::Int(start), Value::Int(end), Value::Str(reason)] = args else {
        return None;
    };
    let (start, end) = ((*start).max(0) as usize, (*end).max(0) as usize);
    Some(if end == start + 1 {
        let c = object.as_str().chars().nth(start).map_or(0, |c| c as u32);
        format!(
            "can't translate character '{}' in position {start}: {}",
            codecs::backslash_escape(c),
            reason.as_str()
        )
    } else {
        format!(
            "can't translate characters in position {start}-{}: {}",
            end.saturating_sub(1),
            reason.as_str()
        )
    })
}
