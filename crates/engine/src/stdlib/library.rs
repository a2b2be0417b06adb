//! The library layer: the modules CPython writes in Python (asyncio's locks, queues, `wait`,
//! `timeout`, ...), as Python source we wrote (`crates/engine/lib/`), embedded in the engine,
//! compiled once per process on first import and run as library code (their frames are left
//! out of tracebacks, as the conformance harness leaves out CPython's `<stdlib>/` frames).

use crate::compiler::{compile_module, CompiledModule, Origin};
use crate::frontend::{parse_module, SourceText};
use crate::vm::frame::Frame;
use crate::vm::interp::{Entry, Exit};
use crate::vm::objects::ModuleObj;
use crate::vm::value::Value;
use crate::vm::{PyResult, Serial, Vm};
use crate::ExcKind;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// One embedded module: its import name, its path under `<stdlib>/` (what tracebacks and
/// `__file__` show, as the harness normalises CPython's paths) and its source.
pub struct LibraryModule {
    pub name: &'static str,
    pub path: &'static str,
    source: &'static str,
}

macro_rules! library {
    ($($name:literal => $path:literal),* $(,)?) => {
        &[$(LibraryModule {
            name: $name,
            path: $path,
            source: include_str!(concat!("../../lib/", $path)),
        }),*]
    };
}

/// Every embedded module.
pub const MODULES: &[LibraryModule] = library! {
    "asyncio.exceptions" => "asyncio/exceptions.py",
    "asyncio.events" => "asyncio/events.py",
    "asyncio.mixins" => "asyncio/mixins.py",
    "asyncio.locks" => "asyncio/locks.py",
    "asyncio.queues" => "asyncio/queues.py",
    "asyncio.tasks" => "asyncio/tasks.py",
    "asyncio.timeouts" => "asyncio/timeouts.py",
    "asyncio.taskgroups" => "asyncio/taskgroups.py",
    "asyncio.runners" => "asyncio/runners.py",
    // Networking (issue 13): the loop's methods CPython writes in Python, and `selectors`.
    "asyncio.selector_events" => "asyncio/selector_events.py",
    "selectors" => "selectors.py",
    "socket" => "socket.py",
    "socketserver" => "socketserver.py",
    // Transports, protocols, streams and servers (issue 13, helper netlib).
    "asyncio.protocols" => "asyncio/protocols.py",
    "asyncio.transports" => "asyncio/transports.py",
    "asyncio.trsock" => "asyncio/trsock.py",
    "asyncio.base_events" => "asyncio/base_events.py",
    "asyncio.streams" => "asyncio/streams.py",
    "abc" => "abc.py",
    "bisect" => "bisect.py",
    "copy" => "copy.py",
    "statistics" => "statistics.py",
    "base64" => "base64.py",
    "urllib" => "urllib/__init__.py",
    "urllib.parse" => "urllib/parse.py",
    "collections" => "collections/__init__.py",
    "collections.abc" => "collections/abc.py",
    "collections._user" => "collections/_user.py",
    "contextlib" => "contextlib.py",
    "csv" => "csv.py",
    "dataclasses" => "dataclasses.py",
    "datetime" => "datetime.py",
    "_strptime" => "_strptime.py",
    "enum" => "enum.py",
    "functools" => "functools.py",
    "logging" => "logging/__init__.py",
    "logging.handlers" => "logging/handlers.py",
    "logging.config" => "logging/config.py",
    "importlib" => "importlib/__init__.py",
    "pathlib" => "pathlib.py",
    // Everyday modules CPython writes in Python (stop 43).
    "difflib" => "difflib.py",
    "shlex" => "shlex.py",
    "glob" => "glob.py",
    "shutil" => "shutil.py",
    "tempfile" => "tempfile.py",
    "html" => "html/__init__.py",
    "html.entities" => "html/entities.py",
    "html.parser" => "html/parser.py",
    "_markupbase" => "_markupbase.py",
    "unittest" => "unittest/__init__.py",
    "unittest.case" => "unittest/case.py",
    "unittest.async_case" => "unittest/async_case.py",
    "unittest.suite" => "unittest/suite.py",
    "unittest.loader" => "unittest/loader.py",
    "unittest.result" => "unittest/result.py",
    "unittest.runner" => "unittest/runner.py",
    "unittest.main" => "unittest/main.py",
    "unittest.util" => "unittest/util.py",
    "unittest.signals" => "unittest/signals.py",
    // Stop 44: calendar, getopt, sched, configparser, ipaddress, tomllib.
    "calendar" => "calendar.py",
    "getopt" => "getopt.py",
    "sched" => "sched.py",
    "configparser" => "configparser.py",
    "ipaddress" => "ipaddress.py",
    "tomllib" => "tomllib/__init__.py",
    "tomllib._parser" => "tomllib/_parser.py",
    "tomllib._re" => "tomllib/_re.py",
    "tomllib._types" => "tomllib/_types.py",
    // Stop 45: decimal (CPython's `_decimal` is C, but `_pydecimal` is the same module in
    // Python: the behaviour to match is one, and Python source is what the frames panel shows).
    "decimal" => "decimal.py",
    // The Python parts of `os` and `os.path`, found through `exporter`.
    "_os_library" => "_os_library.py",
    "_posixpath_library" => "_posixpath_library.py",
    "_sys_library" => "_sys_library.py",
    "operator" => "operator.py",
    "pprint" => "pprint.py",
    "string" => "string.py",
    "textwrap" => "textwrap.py",
    "keyword" => "keyword.py",
    "graphlib" => "graphlib.py",
    // `inspect` is native but for its signatures (CPython writes all of it in Python).
    "inspect._signature" => "inspect_signature.py",
    "inspect._members" => "inspect_members.py",
    "reprlib" => "reprlib.py",
    "fnmatch" => "fnmatch.py",
    "timeit" => "timeit.py",
    "argparse" => "argparse.py",
    "platform" => "platform.py",
    "numbers" => "numbers.py",
    "fractions" => "fractions.py",
    "tracemalloc" => "tracemalloc.py",
    "weakref" => "weakref.py",
    "traceback" => "traceback.py",
    "types" => "types.py",
    "typing" => "typing.py",
    // Streams, as CPython's _pyio: files on the virtual kernel (open, FileIO, buffered and
    // text layers) and the in-memory StringIO/BytesIO (lang12c).
    "io" => "io.py",
    "stat" => "stat.py",
    // Threads (issue 14): threading, queue, concurrent.futures and asyncio's side of them.
    "threading" => "threading.py",
    "queue" => "queue.py",
    "concurrent" => "concurrent/__init__.py",
    "concurrent.futures" => "concurrent/futures/__init__.py",
    "concurrent.futures._base" => "concurrent/futures/_base.py",
    "concurrent.futures.thread" => "concurrent/futures/thread.py",
    "asyncio.futures" => "asyncio/futures.py",
    "asyncio.threads" => "asyncio/threads.py",
    // Processes (issue 14 item 4): simulated processes, pickling rules.
    "pickle" => "pickle.py",
    "multiprocessing" => "multiprocessing/__init__.py",
    "multiprocessing.context" => "multiprocessing/context.py",
    "multiprocessing.process" => "multiprocessing/process.py",
    "multiprocessing.pool" => "multiprocessing/pool.py",
    "multiprocessing.queues" => "multiprocessing/queues.py",
    "multiprocessing.connection" => "multiprocessing/connection.py",
    "multiprocessing.synchronize" => "multiprocessing/synchronize.py",
    "multiprocessing.sharedctypes" => "multiprocessing/sharedctypes.py",
    "concurrent.futures.process" => "concurrent/futures/process.py",
    // Issue 13: the aiohttp client subset over the simulated network (netsvc).
    "aiohttp" => "aiohttp/__init__.py",
    "aiohttp._multidict" => "aiohttp/_multidict.py",
    "aiohttp._url" => "aiohttp/_url.py",
    "aiohttp.client" => "aiohttp/client.py",
    "aiohttp.client_exceptions" => "aiohttp/client_exceptions.py",
    "aiohttp.client_reqrep" => "aiohttp/client_reqrep.py",
    "aiohttp.connector" => "aiohttp/connector.py",
    "aiohttp.helpers" => "aiohttp/helpers.py",
    // contextvars (issues 13/14): re-exports the native `_contextvars`, adds `Context.run`.
    "contextvars" => "contextvars.py",
    // struct (issue 13): re-exports the native `_struct`.
    "struct" => "struct.py",
    // __future__: the feature records `from __future__ import ...` binds.
    "__future__" => "__future__.py",
    // signal: handler table and names (loop.add_signal_handler registers through it).
    "signal" => "signal.py",
    // warnings: filters, registries and display (CPython's warnings.py and `_warnings`).
    "warnings" => "warnings.py",
    // re: regular expressions (parser, compiler and a backtracking matcher in Python).
    "re" => "re/__init__.py",
    // hashlib over the native `_hashlib`/`_blake2`; hmac, uuid and secrets over hashlib and
    // `os.urandom`.
    "hashlib" => "hashlib.py",
    "hmac" => "hmac.py",
    "uuid" => "uuid.py",
    "secrets" => "secrets.py",
    // json's classes over the native `_json` (json.dumps/loads themselves are native).
    "json.decoder" => "json/decoder.py",
    "json.encoder" => "json/encoder.py",
    // http: HTTPStatus and HTTPMethod (its submodules are not provided).
    "http" => "http/__init__.py",
};

/// What the native `inspect` takes from its Python submodule.
const INSPECT_EXPORTS: &[&str] = &[
    "signature",
    "Signature",
    "Parameter",
    "BoundArguments",
    "formatannotation",
    "getfullargspec",
    "FullArgSpec",
];

/// The names `inspect` takes from `lib/inspect_members.py`: docstrings, members and the
/// predicates used with them.
const INSPECT_MEMBERS_EXPORTS: &[&str] = &[
    "cleandoc",
    "getdoc",
    "getmembers",
    "getmembers_static",
    "getmro",
    "unwrap",
    "isroutine",
    "isbuiltin",
    "ismodule",
    "isabstract",
    "ismethoddescriptor",
    "isdatadescriptor",
    "isgetsetdescriptor",
    "ismemberdescriptor",
    "ismethodwrapper",
    "isframe",
    "iscode",
    "istraceback",
];

/// The names the native `json` takes from its Python submodules.
const JSON_EXPORTS: &[(&str, &str)] = &[
    ("JSONDecoder", "json.decoder"),
    ("JSONDecodeError", "json.decoder"),
    ("JSONEncoder", "json.encoder"),
];

/// The names `asyncio` exports from its Python submodules (CPython's `asyncio/__init__.py`
/// star-imports them): the submodule is imported the first time one of its names is asked for,
/// so programs that use none of them pay nothing.
const ASYNCIO_EXPORTS: &[(&str, &str)] = &[
    ("BrokenBarrierError", "asyncio.exceptions"),
    ("IncompleteReadError", "asyncio.exceptions"),
    ("LimitOverrunError", "asyncio.exceptions"),
    ("Lock", "asyncio.locks"),
    ("Event", "asyncio.locks"),
    ("Condition", "asyncio.locks"),
    ("Semaphore", "asyncio.locks"),
    ("BoundedSemaphore", "asyncio.locks"),
    ("Barrier", "asyncio.locks"),
    ("Queue", "asyncio.queues"),
    ("PriorityQueue", "asyncio.queues"),
    ("LifoQueue", "asyncio.queues"),
    ("QueueFull", "asyncio.queues"),
    ("QueueEmpty", "asyncio.queues"),
    ("wait", "asyncio.tasks"),
    ("as_completed", "asyncio.tasks"),
    ("shield", "asyncio.tasks"),
    ("FIRST_COMPLETED", "asyncio.tasks"),
    ("FIRST_EXCEPTION", "asyncio.tasks"),
    ("ALL_COMPLETED", "asyncio.tasks"),
    ("timeout", "asyncio.timeouts"),
    ("timeout_at", "asyncio.timeouts"),
    ("Timeout", "asyncio.timeouts"),
    ("TaskGroup", "asyncio.taskgroups"),
    ("Runner", "asyncio.runners"),
    ("AbstractEventLoopPolicy", "asyncio.events"),
    ("DefaultEventLoopPolicy", "asyncio.events"),
    ("get_event_loop_policy", "asyncio.events"),
    ("set_event_loop_policy", "asyncio.events"),
    // Threads (issue 14).
    ("to_thread", "asyncio.threads"),
    ("wrap_future", "asyncio.futures"),
    ("run_coroutine_threadsafe", "asyncio.tasks"),
    // Transports, protocols, streams and servers (issue 13, helper netlib).
    ("AbstractServer", "asyncio.events"),
    ("Server", "asyncio.base_events"),
    ("BaseProtocol", "asyncio.protocols"),
    ("Protocol", "asyncio.protocols"),
    ("DatagramProtocol", "asyncio.protocols"),
    ("SubprocessProtocol", "asyncio.protocols"),
    ("BufferedProtocol", "asyncio.protocols"),
    ("BaseTransport", "asyncio.transports"),
    ("ReadTransport", "asyncio.transports"),
    ("WriteTransport", "asyncio.transports"),
    ("Transport", "asyncio.transports"),
    ("DatagramTransport", "asyncio.transports"),
    ("SubprocessTransport", "asyncio.transports"),
    ("StreamReader", "asyncio.streams"),
    ("StreamWriter", "asyncio.streams"),
    ("StreamReaderProtocol", "asyncio.streams"),
    ("open_connection", "asyncio.streams"),
    ("start_server", "asyncio.streams"),
    ("open_unix_connection", "asyncio.streams"),
    ("start_unix_server", "asyncio.streams"),
    // Found here only when the `python_asyncio` setting leaves the native ones out.
    ("sleep", "asyncio.tasks"),
    ("gather", "asyncio.tasks"),
    ("wait_for", "asyncio.tasks"),
];

impl LibraryModule {
    /// The size of its source text in bytes (what the engine embeds).
    pub fn source_len(&self) -> usize {
        self.source.len()
    }
}

/// The embedded module named `name`.
pub fn find(name: &str) -> Option<&'static LibraryModule> {
    MODULES.iter().find(|m| m.name == name)
}

/// The names package `package` loads lazily: its Python submodules and what they export.
pub fn lazy_names(package: &str) -> impl Iterator<Item = &'static str> + '_ {
    let submodules = MODULES
        .iter()
        .filter_map(move |m| m.name.strip_prefix(package).and_then(|rest| rest.strip_prefix('.')));
    let exports = ASYNCIO_EXPORTS.iter().filter(move |_| package == "asyncio").map(|(n, _)| *n);
    let json = JSON_EXPORTS.iter().filter(move |_| package == "json").map(|(n, _)| *n);
    let inspect = (INSPECT_EXPORTS.iter().chain(INSPECT_MEMBERS_EXPORTS))
        .filter(move |_| package == "inspect")
        .copied();
    let unittest = ["IsolatedAsyncioTestCase"].into_iter().filter(move |_| package == "unittest");
    submodules.chain(exports).chain(json).chain(inspect).chain(unittest)
}

/// The names of `os` that `lib/_os_library.py` defines.
const OS_PYTHON_NAMES: &[&str] = &[
    "DirEntry",
    "PathLike",
    "fdopen",
    "fsdecode",
    "fsencode",
    "get_terminal_size",
    "removedirs",
    "renames",
    "scandir",
    "terminal_size",
    "walk",
];

/// The names of `os.path` that `lib/_posixpath_library.py` defines.
const POSIXPATH_PYTHON_NAMES: &[&str] = &[
    "commonpath",
    "expanduser",
    "expandvars",
    "getatime",
    "getctime",
    "getmtime",
    "islink",
    "ismount",
    "relpath",
    "sameopenfile",
    "samefile",
    "samestat",
    "splitdrive",
    "supports_unicode_filenames",
];

/// The submodule of package `package` that defines the exported `name`, if any.
pub fn exporter(package: &str, name: &str) -> Option<&'static str> {
    match package {
        "asyncio" => ASYNCIO_EXPORTS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m),
        "json" => JSON_EXPORTS.iter().find(|(n, _)| *n == name).map(|(_, m)| *m),
        "inspect" if INSPECT_EXPORTS.contains(&name) => Some("inspect._signature"),
        "inspect" if INSPECT_MEMBERS_EXPORTS.contains(&name) => Some("inspect._members"),
        // Processes (issue 14 item 4): imported on first use, as CPython's `__getattr__` does.
        "concurrent.futures" if name == "ProcessPoolExecutor" => Some("concurrent.futures.process"),
        "concurrent.futures" if name == "ThreadPoolExecutor" => Some("concurrent.futures.thread"),
        // CPython's `unittest/__init__.py` imports it on first use (its `__getattr__`).
        "unittest" if name == "IsolatedAsyncioTestCase" => Some("unittest.async_case"),
        // They subclass `collections.abc`'s classes, which `collections` does not import.
        "collections" if matches!(name, "UserDict" | "UserList" | "UserString") => {
            Some("collections._user")
        }
        // What CPython's os.py and posixpath.py write in Python (the native modules have
        // the rest).
        "os" if OS_PYTHON_NAMES.contains(&name) => Some("_os_library"),
        "posixpath" if POSIXPATH_PYTHON_NAMES.contains(&name) => Some("_posixpath_library"),
        "sys" if name == "implementation" => Some("_sys_library"),
        _ => None,
    }
}

thread_local! {
    /// Compiled modules, kept for the life of the process (or the worker): compiled code is
    /// bound to no run. Never dropped: at thread exit their constants (tuples) would be
    /// disposed of through the VM's trashcan, another thread-local that may be gone by then.
    static COMPILED: std::mem::ManuallyDrop<RefCell<FxHashMap<&'static str, Rc<CompiledModule>>>> =
        std::mem::ManuallyDrop::new(RefCell::new(FxHashMap::default()));
}

/// Compiles an embedded module, or returns why it does not compile (an engine bug).
pub fn compile(module: &LibraryModule) -> Result<CompiledModule, String> {
    let text = dev_source(module);
    let text = text.as_deref().unwrap_or(module.source);
    let source = SourceText::new(format!("<stdlib>/{}", module.path), text);
    let parsed = parse_module(&source).map_err(|e| format!("{}: {e:?}", module.path))?;
    compile_module(&parsed, &source, Origin::Library)
        .map_err(|e| format!("{}: {}", module.path, e.message))
}

/// Where CPython's own asyncio makes what line `line` of library file `filename`
/// (`<stdlib>/PATH`) makes, when a `# cpython: PATH:LINE` comment at the end of that line,
/// or alone on the line before it, says so: debug mode reports a task or handle our library
/// Python creates at CPython's line, since the program under CPython would have run
/// CPython's module there.
pub fn cpython_site(filename: &str, line: u32) -> Option<String> {
    const MARKER: &str = "# cpython: ";
    let path = filename.strip_prefix("<stdlib>/")?;
    let module = MODULES.iter().find(|m| m.path == path)?;
    let text = dev_source(module);
    let text = text.as_deref().unwrap_or(module.source);
    let index = line.checked_sub(1)? as usize;
    let mut lines = text.lines().skip(index.saturating_sub(1));
    let before = if index > 0 { lines.next() } else { None };
    let this = lines.next()?;
    let before = before.filter(|b| b.trim_start().starts_with(MARKER));
    let (_, site) = this.rsplit_once(MARKER).or_else(|| before?.rsplit_once(MARKER))?;
    Some(format!("<stdlib>/{}", site.trim()))
}

/// A developer's edited copy of the module, read from `$LOOPSCOPE_LIB_DIR/<path>` when that
/// variable is set (native builds only), so that library Python can be changed without
/// rebuilding the engine. Runs never set it.
fn dev_source(module: &LibraryModule) -> Option<String> {
    if cfg!(target_arch = "wasm32") {
        return None;
    }
    let dir = std::env::var_os("LOOPSCOPE_LIB_DIR")?;
    std::fs::read_to_string(std::path::Path::new(&dir).join(module.path)).ok()
}

fn compiled(module: &'static LibraryModule) -> Result<Rc<CompiledModule>, String> {
    if let Some(c) = COMPILED.with(|c| c.borrow().get(module.name).cloned()) {
        return Ok(c);
    }
    let c = Rc::new(compile(module)?);
    COMPILED.with(|cache| cache.borrow_mut().insert(module.name, c.clone()));
    Ok(c)
}

impl Vm {
    /// Imports an embedded module: a fresh module object for this run, registered before its
    /// body runs (as CPython does, so that import cycles see the partial module), and bound as
    /// an attribute of its parent package.
    pub(crate) fn import_library(&mut self, module: &'static LibraryModule) -> PyResult<Value> {
        let compiled = compiled(module).map_err(|e| {
            debug_assert!(false, "library module does not compile: {e}");
            self.internal_error(&format!("library module does not compile: {e}"))
        })?;
        let object = Rc::new(ModuleObj::with_globals(module.name, &compiled.globals));
        // A package's `__init__` is its own package (its relative imports start there).
        let package = if module.path.ends_with("/__init__.py") {
            module.name
        } else {
            module.name.rsplit_once('.').map_or("", |(p, _)| p)
        };
        object.set("__name__", Value::str(module.name));
        object.set("__file__", Value::str(&format!("<stdlib>/{}", module.path)));
        object.set("__package__", Value::str(package));
        object.set("__doc__", Value::None);
        let value = Value::Module(object.clone());
        self.register_module(module.name, value.clone());
        let serial = self.next_serial(Serial::Frame);
        let frame = Frame::new(compiled.code.clone(), object, serial);
        // The module body (its class and def statements) is not recorded: CPython runs it at
        // `import asyncio`, before the program starts, and its line events would spend the
        // current callback's line budget. Its functions, called later, are recorded.
        let hide_body = self.trace_suppressed_below.is_none();
        if hide_body {
            self.trace_suppressed_below = Some(self.frames.len());
        }
        let exit = self.execute(frame, Entry::Start);
        if hide_body {
            self.trace_suppressed_below = None;
        }
        match exit {
            Exit::Returned(_) => {}
            Exit::Raised(e) => {
                self.modules.remove(module.name);
                return Err(e);
            }
            Exit::Yielded(..) => return Err(self.internal_error("a module body yielded")),
            Exit::Blocked(_) => return Err(self.internal_error("a module body blocked green")),
        }
        if let Some((parent, child)) = module.name.rsplit_once('.') {
            if let Some(Value::Module(p)) = self.modules.get(parent) {
                p.set(child, value.clone());
            }
        }
        Ok(value)
    }

    /// `name` exported by package `module` from one of its Python submodules (imported now),
    /// or that submodule itself (`asyncio.locks` after `import asyncio`).
    pub(crate) fn library_attr(&mut self, module: &str, name: &str) -> Option<PyResult<Value>> {
        if let Some(sub) = find(&format!("{module}.{name}")) {
            return Some(self.import_library_cached(sub));
        }
        let sub = find(exporter(module, name)?)?;
        Some(self.import_library_cached(sub).and_then(|m| {
            let v = self.get_attr(&m, name)?;
            if let Some(Value::Module(p)) = self.modules.get(module) {
                p.set(name, v.clone());
            }
            Ok(v)
        }))
    }

    pub(crate) fn import_library_cached(
        &mut self,
        module: &'static LibraryModule,
    ) -> PyResult<Value> {
        match self.modules.get(module.name) {
            Some(m) => Ok(m.clone()),
            None => self.import_library(module),
        }
    }

    /// The absolute name of a relative import (`.locks` in package `asyncio`), as
    /// `importlib._bootstrap._resolve_name` computes it from the importing module's
    /// `__package__`.
    pub(crate) fn resolve_relative(&self, name: &str, importer: &ModuleObj) -> PyResult<String> {
        let level = name.bytes().take_while(|&b| b == b'.').count();
        let rest = &name[level..];
        let package = match importer.get("__package__") {
            Some(Value::Str(s)) if !s.as_str().is_empty() => s.as_str().to_string(),
            _ => {
                return Err(self.new_error(
                    ExcKind::ImportError,
                    "attempted relative import with no known parent package",
                ))
            }
        };
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(self.new_error(
                ExcKind::ImportError,
                "attempted relative import beyond top-level package",
            ));
        }
        let base = parts[..parts.len() + 1 - level].join(".");
        Ok(if rest.is_empty() { base } else { format!("{base}.{rest}") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_library_module_compiles() {
        for module in MODULES {
            if let Err(e) = compile(module) {
                panic!("{e}");
            }
        }
    }

    #[test]
    fn every_export_names_a_library_module() {
        for (name, module) in ASYNCIO_EXPORTS {
            assert!(find(module).is_some(), "{name}: {module}");
        }
    }
}
