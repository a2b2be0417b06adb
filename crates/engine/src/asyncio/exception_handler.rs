//! The loop's exception handler, as `BaseEventLoop` has it: where asyncio sends the errors it
//! cannot raise anywhere (an exception in a callback, an async generator that would not
//! close, a task failing during `asyncio.run()`'s shutdown). `set_exception_handler` installs
//! a Python callable `handler(loop, context)`; without one, `default_exception_handler` logs
//! the context to stderr as asyncio's logger does (message, sorted `key: repr(value)` lines,
//! then the exception's traceback).

use super::event_loop::LoopObj;
use super::logger::{self, Level};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_trace::DiagnosticKind;
use std::rc::Rc;

/// `default_exception_handler`'s message when the context has none.
const NO_MESSAGE: &str = "Unhandled exception in event loop";

impl Vm {
    /// `loop.call_exception_handler({'message': ..., 'exception': ..., key: value...})` for an
    /// error the engine found, with the context's keys in CPython's order.
    pub(crate) fn report_exception(
        &mut self,
        l: &Rc<LoopObj>,
        message: &str,
        exc: Option<&Value>,
        entries: &[(&str, Value)],
        kind: DiagnosticKind,
    ) -> PyResult<()> {
        let mut flat = vec![Value::str("message"), Value::str(message)];
        if let Some(e) = exc {
            flat.extend([Value::str("exception"), e.clone()]);
        }
        for (k, v) in entries {
            flat.extend([Value::str(k), v.clone()]);
        }
        let context = self.dict_from_pairs(flat)?;
        self.call_exception_handler(l, &context, kind)
    }

    /// `loop.call_exception_handler(context)`: the handler set, or the default one. An error
    /// in a custom handler is itself logged by the default handler; only `SystemExit` and
    /// `KeyboardInterrupt` get through.
    pub(crate) fn call_exception_handler(
        &mut self,
        l: &Rc<LoopObj>,
        context: &Value,
        kind: DiagnosticKind,
    ) -> PyResult<()> {
        let handler = l.state.borrow().exception_handler.clone();
        let Some(handler) = handler else {
            return self.default_exception_handler_guarded(context, kind);
        };
        let args = [Value::Loop(l.clone()), context.clone()];
        match self.call(&handler, Args::positional(&args)) {
            Ok(_) => Ok(()),
            Err(PyErr::Exception(e)) if self.is_exit_exception(&e) => Err(PyErr::Exception(e)),
            Err(PyErr::Exception(e)) => {
                // CPython calls the handler from Python frames (`call_exception_handler`,
                // and for a failing callback inside `Handle._run`'s `except`): the error
                // has a traceback even when the call itself failed, and chains the
                // callback's exception.
                self.add_hidden_frame(&e);
                let handled = self.handled_exception(None).or_else(|| {
                    let Value::Dict(d) = context else { return None };
                    let from_callback = kind == DiagnosticKind::CallbackError;
                    from_callback
                        .then(|| crate::vm::methods::dict::get_str(d, "exception"))
                        .flatten()
                });
                if let Some(handled) = handled {
                    if crate::vm::exceptions::context_of(&e).is_none() {
                        crate::vm::exceptions::set_context(&e, &handled);
                    }
                }
                let flat = vec![
                    Value::str("message"),
                    Value::str("Unhandled error in exception handler"),
                    Value::str("exception"),
                    e,
                    Value::str("context"),
                    context.clone(),
                ];
                let outer = self.dict_from_pairs(flat)?;
                self.default_exception_handler_guarded(&outer, kind)
            }
            Err(abort) => Err(abort),
        }
    }

    fn is_exit_exception(&self, e: &Value) -> bool {
        self.exception_is(e, ExcKind::SystemExit)
            || self.exception_is(e, ExcKind::KeyboardInterrupt)
    }

    /// The default handler, with `call_exception_handler`'s second guard: an error inside it
    /// is logged as "Exception in default exception handler".
    fn default_exception_handler_guarded(
        &mut self,
        context: &Value,
        kind: DiagnosticKind,
    ) -> PyResult<()> {
        match self.default_exception_handler(context, kind) {
            Err(PyErr::Exception(e)) if !self.is_exit_exception(&e) => {
                let message = "Exception in default exception handler";
                let logged = self.log_asyncio(
                    Level::Error,
                    &logger::HANDLER_FAILED,
                    message,
                    Vec::new(),
                    Some(&e),
                );
                if !matches!(logged, Ok(false)) {
                    self.record_diagnostic(kind, message);
                    return logged.map(|_| ());
                }
                let mut text = String::from("Exception in default exception handler\n");
                text.push_str(&self.format_logged_exception(&e));
                self.write_stderr(&text);
                self.record_diagnostic(kind, &text);
                Ok(())
            }
            other => other,
        }
    }

    /// In debug mode, a report without a `source_traceback` gets the running handle's
    /// creation stack as `handle_traceback`, written into the caller's context as CPython's
    /// default handler does.
    fn add_handle_traceback(&mut self, context: &Rc<crate::vm::objects::DictObj>) -> PyResult<()> {
        let Some(serial) = self.asyncio.current_debug_handle else { return Ok(()) };
        // Empty when only the loop's own frames were above it: CPython's stack then has only
        // library frames, and the report shows the header alone.
        let Some(stack) = self.asyncio.handle_source_traceback.get(&serial).cloned() else {
            return Ok(());
        };
        let has_source =
            context.map.borrow().iter().any(|(k, _)| k.value.as_str() == Some("source_traceback"));
        if has_source {
            return Ok(());
        }
        let value = self.source_traceback_value(&stack)?;
        crate::vm::methods::dict::set_str(context, "handle_traceback", value);
        Ok(())
    }

    /// `loop.default_exception_handler(context)`: logs the message, every other key but
    /// `exception` as `key: repr(value)` in sorted order, then the exception's traceback.
    pub(crate) fn default_exception_handler(
        &mut self,
        context: &Value,
        kind: DiagnosticKind,
    ) -> PyResult<()> {
        let Value::Dict(d) = context else {
            let name = self.type_name(context);
            return Err(self.new_error(
                ExcKind::AttributeError,
                &format!("'{name}' object has no attribute 'get'"),
            ));
        };
        self.add_handle_traceback(d)?;
        let pairs: Vec<(Value, Value)> =
            d.map.borrow().iter().map(|(k, v)| (k.value.clone(), v.clone())).collect();
        let lookup =
            |key: &str| pairs.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v.clone());
        let message = match lookup("message") {
            Some(m) if self.truthy(&m)? => self.str_of(&m)?,
            _ => NO_MESSAGE.to_string(),
        };
        let exception = lookup("exception").filter(|e| !e.is_none());
        let mut keys: Vec<Value> = pairs.iter().map(|(k, _)| k.clone()).collect();
        self.sort_values(&mut keys, None, false)?;
        let mut text = message;
        for key in keys {
            if matches!(key.as_str(), Some("message" | "exception")) {
                continue;
            }
            let value = pairs
                .iter()
                .find(|(k, _)| k.is(&key) || (k.as_str().is_some() && k.as_str() == key.as_str()))
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            let k = self.str_of(&key)?;
            let v = match k.as_str() {
                "source_traceback" => self.format_source_traceback(&value, "Object")?,
                "handle_traceback" => self.format_source_traceback(&value, "Handle")?,
                _ => self.repr(&value)?,
            };
            text.push_str(&format!("\n{k}: {v}"));
        }
        let exception = exception.filter(|e| crate::vm::exceptions::state_of(e).is_some());
        if self.log_asyncio(
            Level::Error,
            &logger::DEFAULT_HANDLER,
            &text,
            Vec::new(),
            exception.as_ref(),
        )? {
            self.record_diagnostic(kind, &text);
            return Ok(());
        }
        text.push('\n');
        if let Some(e) = exception {
            text.push_str(&self.format_logged_exception(&e));
        }
        // `logging.lastResort` writes to the current `sys.stderr`.
        crate::stdlib::sys_module::write_to_sys_stderr(self, &text)?;
        self.record_diagnostic(kind, &text);
        Ok(())
    }
}
