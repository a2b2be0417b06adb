//! asyncio's `logger` (`asyncio/log.py`, `logging.getLogger("asyncio")`): the records CPython's
//! asyncio Python code logs (the default exception handler's reports, debug mode's slow
//! callbacks and "Close", the selector line). CPython's asyncio always imports `logging`, so
//! a program that configured it sees these records through its handlers and format
//! (`ERROR:asyncio:Task exception was never retrieved`). Here `logging` is library code loaded
//! only on import; without it nobody could have configured it, and the caller writes what
//! logging's last-resort handler would (the bare message and traceback on stderr).

use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};

/// Logging levels as `logging` numbers them.
#[derive(Clone, Copy)]
pub(crate) enum Level {
    Debug = 10,
    Warning = 30,
    Error = 40,
}

/// Where in CPython's asyncio a record is logged from (its `pathname`, `lineno`, `funcName`).
pub(crate) struct Site {
    pub path: &'static str,
    pub line: i64,
    pub func: &'static str,
}

pub(crate) const SELECTOR: Site =
    Site { path: "<stdlib>/asyncio/selector_events.py", line: 54, func: "__init__" };
pub(crate) const CLOSE: Site =
    Site { path: "<stdlib>/asyncio/base_events.py", line: 676, func: "close" };
pub(crate) const DEFAULT_HANDLER: Site =
    Site { path: "<stdlib>/asyncio/base_events.py", line: 1771, func: "default_exception_handler" };
pub(crate) const HANDLER_FAILED: Site =
    Site { path: "<stdlib>/asyncio/base_events.py", line: 1804, func: "call_exception_handler" };
pub(crate) const SLOW_CALLBACK: Site =
    Site { path: "<stdlib>/asyncio/base_events.py", line: 1917, func: "_run_once" };

impl Vm {
    /// `logger.log(level, msg, *args, exc_info=exc)` when the program imported `logging`:
    /// `Ok(true)` once the record went through it, `Ok(false)` when `logging` is not loaded
    /// (the caller writes the text itself). A failure inside a handler is logging's own
    /// (`Handler.handleError` reports it); one in a filter comes back, as in CPython.
    pub(crate) fn log_asyncio(
        &mut self,
        level: Level,
        site: &Site,
        msg: &str,
        args: Vec<Value>,
        exc: Option<&Value>,
    ) -> PyResult<bool> {
        let Some(logging) = self.modules.get("logging").cloned() else { return Ok(false) };
        let record = match self.get_attr(&logging, "_stdlib_record") {
            Ok(r) => r,
            Err(_) => return Ok(false),
        };
        let call_args = [
            Value::str("asyncio"),
            Value::Int(level as i64),
            Value::str(site.path),
            Value::Int(site.line),
            Value::str(site.func),
            Value::str(msg),
            Value::tuple(args),
            exc.cloned().unwrap_or(Value::None),
        ];
        self.call(&record, Args::positional(&call_args))?;
        Ok(true)
    }
}
