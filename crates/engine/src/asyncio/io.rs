//! The loop's I/O, as `BaseSelectorEventLoop` does it: `select` on the kernel's epoll, the
//! events turned into ready callbacks (`_process_events`), `add_reader`/`add_writer` and their
//! removal (the selector's register/modify/unregister), and the loop methods CPython writes
//! in Python (`sock_*`, `getaddrinfo`, transports), which live in
//! `lib/asyncio/selector_events.py` and are found there on first use (`library_attr`).

use super::event_loop::LoopObj;
use super::handle::{AnyHandle, Callback};
use super::selector::{EventList, IoHandle, Selected, Selector, SelectorKey};
use crate::stdlib::net::HOST;
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use loopscope_kernel::{ClockMove, Ctl, Events, Fd, LoopSelected};
use loopscope_trace::{Event, Phase};
use std::rc::Rc;

/// Which of a key's two handles.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Reader,
    Writer,
}

impl Side {
    fn events(self) -> Events {
        match self {
            Side::Reader => Events::READ,
            Side::Writer => Events::WRITE,
        }
    }
}

impl Vm {
    /// `self._selector.select(timeout)`: the virtual selector's wait, or the kernel's epoll,
    /// which returns early when something becomes ready and tells how the clock moves
    /// (`loop_wait::thread_select` calls it: with threads, after the thread's wait, at 0).
    pub(crate) fn selector_select(&mut self, l: &Rc<LoopObj>, timeout: Option<f64>) -> Selected {
        let epfd = l.state.borrow().selector.kernel().map(|k| k.epfd);
        let Some(epfd) = epfd else {
            return l.state.borrow_mut().selector.select(timeout, &mut self.clock);
        };
        self.close_dropped_sockets();
        let now = self.clock.now();
        let Some(kernel) = self.net.kernel() else { return Selected::Never };
        let selected = kernel.loop_select(HOST, epfd, now, timeout);
        self.record_packets();
        match selected {
            Ok(LoopSelected::Events(events, clock_move)) => {
                match clock_move {
                    ClockMove::Stay => {}
                    ClockMove::Advance(t) => self.clock.advance(t),
                    ClockMove::JumpTo(t) => self.clock.jump_to(t),
                }
                Selected::Events(EventList { events })
            }
            Ok(LoopSelected::Never) | Err(_) => Selected::Never,
        }
    }

    /// `_process_events(event_list)`: for each ready fd in epoll's order, its reader then its
    /// writer join the ready queue (`_add_callback`); a cancelled one is unregistered instead.
    /// Returns how many joined.
    pub(crate) fn process_io_events(&mut self, l: &Rc<LoopObj>, list: EventList) -> usize {
        if list.is_empty() {
            return 0;
        }
        self.emit(Event::PhaseStart { phase: Phase::ProcessEvents });
        let mut added = 0;
        for (fd, events) in list.events {
            let (is_self_pipe, handles) = {
                let s = l.state.borrow();
                let Some(k) = s.selector.kernel() else { return added };
                let key = k.keys.get(&fd.0).map(|key| (key.reader.clone(), key.writer.clone()));
                (fd == k.ssock, key)
            };
            if is_self_pipe {
                self.drain_self_pipe(fd);
                continue;
            }
            let Some((reader, writer)) = handles else { continue };
            self.emit(Event::IoReady { fd: fd.0, events: events.0 });
            for (side, io) in [(Side::Reader, reader), (Side::Writer, writer)] {
                let Some(io) = io else { continue };
                let wanted = match side {
                    Side::Reader => events.readable(),
                    Side::Writer => events.writable(),
                };
                if !wanted {
                    continue;
                }
                if io.handle.cancelled.get() {
                    let _ = self.remove_io(l, fd.0, side);
                    continue;
                }
                let h = &io.handle;
                l.state.borrow_mut().push_ready(AnyHandle::Handle(h.clone()));
                self.emit(Event::ReadyPush {
                    handle: h.serial,
                    kind: h.kind,
                    target: h.target,
                    label: io.label,
                });
                added += 1;
            }
        }
        added
    }

    /// `_write_to_self()` (what `call_soon_threadsafe` does): a byte on the self-pipe, so the
    /// loop's next select returns at once. Nothing to do for a loop without the kernel's
    /// selector: its select waits on nothing but time.
    #[allow(dead_code)]
    pub(crate) fn write_to_self(&mut self, l: &Rc<LoopObj>) {
        let csock = l.state.borrow().selector.kernel().map(|k| k.csock);
        if let Some(csock) = csock {
            let _ = self.kernel().send(HOST, csock, b"\0");
        }
    }

    /// `_read_from_self`: what another thread wrote to wake the loop is read and dropped.
    fn drain_self_pipe(&mut self, fd: Fd) {
        let kernel = self.kernel();
        while let Ok(data) = kernel.recv(HOST, fd, 4096) {
            if data.is_empty() {
                break;
            }
        }
    }

    /// `_add_reader(fd, callback, *args)` / `_add_writer`: a new handle, registered for the
    /// fd (or the key modified, the old handle of that side cancelled).
    pub(crate) fn add_io(
        &mut self,
        l: &Rc<LoopObj>,
        fileobj: &Value,
        side: Side,
        callback: Callback,
    ) -> PyResult<Value> {
        if l.state.borrow().closed {
            return Err(self.new_error(ExcKind::RuntimeError, "Event loop is closed"));
        }
        let (handle, label) = self.new_handle(l, callback);
        let handle = Rc::new(handle);
        // In debug mode CPython's handle was made in `_add_reader`/`_add_writer`.
        if let Some(site) = self.asyncio.handle_created_at.get_mut(&handle.serial) {
            *site = Rc::from(match side {
                Side::Reader => "<stdlib>/asyncio/selector_events.py:263",
                Side::Writer => "<stdlib>/asyncio/selector_events.py:300",
            });
        }
        let fd = self.fileobj_to_fd(fileobj)?;
        self.ensure_kernel_selector(l);
        let io = IoHandle { handle: handle.clone(), label };
        let old = {
            let s = l.state.borrow();
            s.selector.kernel().and_then(|k| k.keys.get(&fd)).map(|k| k.events)
        };
        let epfd = l.state.borrow().selector.kernel().map(|k| k.epfd);
        let Some(epfd) = epfd else {
            return Err(self.new_error(ExcKind::RuntimeError, "Selector is closed"));
        };
        match old {
            None => {
                let ctl = Ctl::Add(Fd(fd), side.events());
                if let Err(e) = self.kernel().epoll_ctl(HOST, epfd, ctl) {
                    return Err(self.os_error(e));
                }
                let (reader, writer) = match side {
                    Side::Reader => (Some(io), None),
                    Side::Writer => (None, Some(io)),
                };
                let key =
                    SelectorKey { fileobj: fileobj.clone(), events: side.events(), reader, writer };
                if let Some(k) = l.state.borrow_mut().selector.kernel_mut() {
                    k.keys.insert(fd, key);
                }
            }
            Some(mask) => {
                let new_mask = mask | side.events();
                if new_mask != mask {
                    if let Err(e) =
                        self.kernel().epoll_ctl(HOST, epfd, Ctl::Modify(Fd(fd), new_mask))
                    {
                        return Err(self.os_error(e));
                    }
                }
                let previous = {
                    let mut s = l.state.borrow_mut();
                    let key = s.selector.kernel_mut().and_then(|k| k.keys.get_mut(&fd));
                    key.and_then(|key| {
                        key.events = new_mask;
                        match side {
                            Side::Reader => key.reader.replace(io),
                            Side::Writer => key.writer.replace(io),
                        }
                    })
                };
                if let Some(previous) = previous {
                    self.cancel_handle(&previous.handle);
                }
            }
        }
        self.record_io_key(l, fd);
        Ok(Value::Handle(handle))
    }

    /// `_remove_reader(fd)` / `_remove_writer`: whether a handle was registered on that side.
    pub(crate) fn remove_io(&mut self, l: &Rc<LoopObj>, fd: u32, side: Side) -> PyResult<bool> {
        if l.state.borrow().closed {
            return Ok(false);
        }
        let (epfd, mask) = {
            let s = l.state.borrow();
            let Some(k) = s.selector.kernel() else { return Ok(false) };
            let Some(key) = k.keys.get(&fd) else { return Ok(false) };
            (k.epfd, Events(key.events.0 & !side.events().0))
        };
        let removed = if mask.0 == 0 {
            let key = l.state.borrow_mut().selector.kernel_mut().and_then(|k| k.keys.remove(&fd));
            // `EpollSelector.unregister` ignores an fd closed meanwhile.
            let _ = self.kernel().epoll_ctl(HOST, epfd, Ctl::Delete(Fd(fd)));
            key.and_then(|k| match side {
                Side::Reader => k.reader,
                Side::Writer => k.writer,
            })
        } else {
            if let Err(e) = self.kernel().epoll_ctl(HOST, epfd, Ctl::Modify(Fd(fd), mask)) {
                return Err(self.os_error(e));
            }
            let mut s = l.state.borrow_mut();
            let key = s.selector.kernel_mut().and_then(|k| k.keys.get_mut(&fd));
            key.and_then(|key| {
                key.events = mask;
                match side {
                    Side::Reader => key.reader.take(),
                    Side::Writer => key.writer.take(),
                }
            })
        };
        self.record_io_key(l, fd);
        match removed {
            Some(io) => {
                self.cancel_handle(&io.handle);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// The trace's `IoRegister`: the selector's key for `fd` as it is now.
    fn record_io_key(&mut self, l: &Rc<LoopObj>, fd: u32) {
        if !self.trace.enabled() {
            return;
        }
        let event = {
            let s = l.state.borrow();
            let key = s.selector.kernel().and_then(|k| k.keys.get(&fd));
            let serial = |io: &Option<IoHandle>| io.as_ref().map_or(0, |io| io.handle.serial);
            match key {
                Some(key) => Event::IoRegister {
                    fd,
                    events: key.events.0,
                    reader: serial(&key.reader),
                    writer: serial(&key.writer),
                },
                None => Event::IoRegister { fd, events: 0, reader: 0, writer: 0 },
            }
        };
        self.emit(event);
    }

    /// The loop's selector becomes the kernel's epoll (the kernel made now if needed).
    fn ensure_kernel_selector(&mut self, l: &Rc<LoopObj>) {
        if matches!(l.state.borrow().selector, Selector::Virtual(_)) {
            self.kernel();
        }
    }

    /// What `fileobj.fileno()` says (an int is its own); `Invalid file object` otherwise.
    fn fileno_of(&mut self, fileobj: &Value) -> PyResult<i64> {
        match fileobj {
            Value::Int(i) => return Ok(*i),
            Value::Bool(b) => return Ok(*b as i64),
            _ => {}
        }
        let got = self
            .get_attr(fileobj, "fileno")
            .and_then(|f| self.call(&f, Args::positional(&[])))
            .and_then(|v| match v {
                Value::Int(i) => Ok(i),
                _ => Err(self.new_error(ExcKind::TypeError, "fileno")),
            });
        match got {
            Ok(i) => Ok(i),
            Err(crate::vm::PyErr::Exception(e))
                if self.exception_is(&e, ExcKind::AttributeError)
                    || self.exception_is(&e, ExcKind::TypeError)
                    || self.exception_is(&e, ExcKind::ValueError) =>
            {
                let r = self.repr(fileobj)?;
                Err(self.new_error(ExcKind::ValueError, &format!("Invalid file object: {r}")))
            }
            Err(e) => Err(e),
        }
    }

    /// `selectors._fileobj_to_fd`: an int, or what `fileobj.fileno()` returns, not negative.
    pub(crate) fn fileobj_to_fd(&mut self, fileobj: &Value) -> PyResult<u32> {
        let fd = self.fileno_of(fileobj)?;
        if fd < 0 {
            return Err(
                self.new_error(ExcKind::ValueError, &format!("Invalid file descriptor: {fd}"))
            );
        }
        u32::try_from(fd).map_err(|_| self.new_error(ExcKind::OverflowError, "fd is too large"))
    }

    /// `_ensure_fd_no_transport(fd)`: an fd a live transport owns is refused.
    pub(crate) fn ensure_fd_no_transport(
        &mut self,
        l: &Rc<LoopObj>,
        fileobj: &Value,
    ) -> PyResult<()> {
        let fd = self.fileno_of(fileobj)?;
        let transports = l.state.borrow().transports.clone();
        let Some(transports) = transports else { return Ok(()) };
        let get = self.get_attr(&transports, "get")?;
        let transport = self.call(&get, Args::positional(&[Value::Int(fd)]))?;
        if transport.is_none() {
            return Ok(());
        }
        let is_closing = self.get_attr(&transport, "is_closing")?;
        let closing = self.call(&is_closing, Args::positional(&[]))?;
        if !self.truthy(&closing)? {
            let f = self.repr(fileobj)?;
            let t = self.repr(&transport)?;
            return Err(self.new_error(
                ExcKind::RuntimeError,
                &format!("File descriptor {f} is used by transport {t}"),
            ));
        }
        Ok(())
    }

    /// A loop method CPython writes in Python (`lib/asyncio/selector_events.py`): the first
    /// time a loop lacks an attribute, the functions of that module's `BaseSelectorEventLoop`
    /// become methods of the loop's class (see lib/README.md, "Loop methods in Python").
    pub(crate) fn loop_library_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        // Only a name CPython's loop has is worth the import: probing for others stays cheap.
        if self.net.library_methods_loaded || CPYTHON_LOOP_NAMES.binary_search(&name).is_err() {
            return Ok(None);
        }
        // This hook runs before the class's own methods are looked up: a native method
        // (`time`, `create_future`) is no miss, and must not cost the import's instructions.
        if self.types.event_loop.mro().any(|c| c.dict.borrow().contains_key(name)) {
            return Ok(None);
        }
        self.net.library_methods_loaded = true;
        let module = self.import_module("asyncio.selector_events")?;
        let mixin = self.get_attr(&module, "BaseSelectorEventLoop")?;
        let Value::Class(mixin) = mixin else { return Ok(None) };
        let loop_class = self.types.event_loop.clone();
        {
            let methods = mixin.dict.borrow();
            let mut dict = loop_class.dict.borrow_mut();
            for (k, v) in methods.iter() {
                if k.starts_with("__") || dict.contains_key(k) {
                    continue;
                }
                dict.insert(k.clone(), v.clone());
            }
        }
        crate::vm::lookup_cache::class_dicts_changed();
        // The module's name for the class is the loop's own class of that name.
        if let Some(native) = loop_class.mro().find(|c| &*c.name == "BaseSelectorEventLoop") {
            if let Value::Module(m) = &module {
                m.set("BaseSelectorEventLoop", Value::Class(native.clone()));
            }
        }
        if loop_class.lookup(name).is_some() {
            return self.get_attr(obj, name).map(Some);
        }
        Ok(None)
    }
}

/// The loop's native I/O methods (`Types::add_methods` installs them with the others).
pub const IO_LOOP_METHODS: &[(&str, crate::vm::objects::NativeFn)] = &[
    ("add_reader", loop_add_reader),
    ("remove_reader", loop_remove_reader),
    ("add_writer", loop_add_writer),
    ("remove_writer", loop_remove_writer),
    ("_add_reader", loop_add_reader_raw),
    ("_remove_reader", loop_remove_reader_raw),
    ("_add_writer", loop_add_writer_raw),
    ("_remove_writer", loop_remove_writer_raw),
    ("_ensure_fd_no_transport", loop_ensure_fd_no_transport),
    // Transports (netlib).
    ("_selector_events", loop_selector_events),
];

fn io_args(vm: &Vm, args: &Args, method: &str) -> PyResult<(Rc<LoopObj>, Value)> {
    let l = super::api::loop_of(vm, args)?;
    let Some(fd) = args.pos.get(1).cloned() else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{method}() missing 1 required positional argument: 'fd'"),
        ));
    };
    Ok((l, fd))
}

fn add(vm: &mut Vm, args: Args, side: Side, public: bool) -> PyResult<Value> {
    let method = match side {
        Side::Reader => "add_reader",
        Side::Writer => "add_writer",
    };
    let (l, fileobj) = io_args(vm, &args, method)?;
    if public {
        vm.ensure_fd_no_transport(&l, &fileobj)?;
    }
    // `add_reader(fd, callback, *args)` takes no keywords (its handle runs in no context).
    if args.has_keywords() {
        super::api::only_keywords(vm, &format!("BaseSelectorEventLoop.{method}"), &args, &[])?;
    }
    let callback = super::api::callback_args(vm, &args, 2, method)?;
    let handle = vm.add_io(&l, &fileobj, side, callback)?;
    Ok(if public { Value::None } else { handle })
}

fn remove(vm: &mut Vm, args: Args, side: Side, public: bool) -> PyResult<Value> {
    let method = match side {
        Side::Reader => "remove_reader",
        Side::Writer => "remove_writer",
    };
    let (l, fileobj) = io_args(vm, &args, method)?;
    if public {
        vm.ensure_fd_no_transport(&l, &fileobj)?;
    }
    if l.state.borrow().closed {
        return Ok(Value::Bool(false));
    }
    let fd = vm.fileobj_to_fd(&fileobj)?;
    vm.remove_io(&l, fd, side).map(Value::Bool)
}

fn loop_add_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, Side::Reader, true)
}

fn loop_add_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, Side::Writer, true)
}

fn loop_remove_reader(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, Side::Reader, true)
}

fn loop_remove_writer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, Side::Writer, true)
}

fn loop_add_reader_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, Side::Reader, false)
}

fn loop_add_writer_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    add(vm, args, Side::Writer, false)
}

fn loop_remove_reader_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, Side::Reader, false)
}

fn loop_remove_writer_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove(vm, args, Side::Writer, false)
}

fn loop_ensure_fd_no_transport(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, fileobj) = io_args(vm, &args, "_ensure_fd_no_transport")?;
    vm.ensure_fd_no_transport(&l, &fileobj)?;
    Ok(Value::None)
}

/// `loop._selector_events(fd)`: the events the selector watches `fd` for (`selectors`'
/// EVENT_READ 1 | EVENT_WRITE 2; 0 when not registered), what CPython's transport reprs read
/// from `loop._selector.get_key(fd).events` ("read=polling", "write=<polling, ...>").
fn loop_selector_events(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (l, fileobj) = io_args(vm, &args, "_selector_events")?;
    let fd = vm.fileobj_to_fd(&fileobj)?;
    let state = l.state.borrow();
    let events =
        state.selector.kernel().and_then(|k| k.keys.get(&fd)).map_or(0, |key| key.events.0);
    Ok(Value::Int(i64::from(events)))
}

impl Vm {
    /// The network's part of a deadlock report: the listening sockets no one will connect
    /// to, and the fds the loop waits on (nothing is in flight: the kernel's `loop_select`
    /// reports a deadlock only then).
    pub(crate) fn network_deadlock_note(&mut self, l: &Rc<LoopObj>) -> String {
        let waited: Vec<(u32, Events)> = {
            let s = l.state.borrow();
            let Some(k) = s.selector.kernel() else { return String::new() };
            k.keys.iter().map(|(fd, key)| (*fd, key.events)).collect()
        };
        let Some(kernel) = self.net.kernel() else { return String::new() };
        let mut note = String::new();
        let listening = kernel.listening(HOST);
        if !listening.is_empty() {
            note.push_str("Listening sockets (no one else is on the network to connect):\n");
            for (fd, addr) in listening {
                note.push_str(&format!("  fd {} on {addr}\n", fd.0));
            }
        }
        if !waited.is_empty() {
            note.push_str("The loop waits on (nothing is in flight to any of them):\n");
            for (fd, events) in waited {
                let what = match (events.readable(), events.writable()) {
                    (true, true) => "reading and writing",
                    (true, false) => "reading",
                    _ => "writing",
                };
                note.push_str(&format!("  fd {fd} for {what}\n"));
            }
        }
        note
    }
}

/// `dir(asyncio.SelectorEventLoop)` of CPython 3.11 on Linux, without dunders (sorted).
const CPYTHON_LOOP_NAMES: &[&str] = &[
    "_accept_connection",
    "_accept_connection2",
    "_add_callback",
    "_add_callback_signalsafe",
    "_add_reader",
    "_add_writer",
    "_asyncgen_finalizer_hook",
    "_asyncgen_firstiter_hook",
    "_call_soon",
    "_check_callback",
    "_check_closed",
    "_check_default_executor",
    "_check_running",
    "_check_sendfile_params",
    "_check_signal",
    "_check_thread",
    "_child_watcher_callback",
    "_close_self_pipe",
    "_connect_sock",
    "_create_connection_transport",
    "_create_server_getaddrinfo",
    "_do_shutdown",
    "_ensure_fd_no_transport",
    "_ensure_resolved",
    "_getaddrinfo_debug",
    "_handle_signal",
    "_log_subprocess",
    "_make_datagram_transport",
    "_make_read_pipe_transport",
    "_make_self_pipe",
    "_make_socket_transport",
    "_make_ssl_transport",
    "_make_subprocess_transport",
    "_make_write_pipe_transport",
    "_process_events",
    "_process_self_data",
    "_read_from_self",
    "_remove_reader",
    "_remove_writer",
    "_run_once",
    "_sendfile_fallback",
    "_sendfile_native",
    "_set_coroutine_origin_tracking",
    "_sock_accept",
    "_sock_add_cancellation_callback",
    "_sock_connect",
    "_sock_connect_cb",
    "_sock_read_done",
    "_sock_recv",
    "_sock_recv_into",
    "_sock_recvfrom",
    "_sock_recvfrom_into",
    "_sock_sendall",
    "_sock_sendfile_fallback",
    "_sock_sendfile_native",
    "_sock_sendfile_native_impl",
    "_sock_sendfile_update_filepos",
    "_sock_sendto",
    "_sock_write_done",
    "_start_serving",
    "_stop_serving",
    "_timer_handle_cancelled",
    "_write_to_self",
    "add_reader",
    "add_signal_handler",
    "add_writer",
    "call_at",
    "call_exception_handler",
    "call_later",
    "call_soon",
    "call_soon_threadsafe",
    "close",
    "connect_accepted_socket",
    "connect_read_pipe",
    "connect_write_pipe",
    "create_connection",
    "create_datagram_endpoint",
    "create_future",
    "create_server",
    "create_task",
    "create_unix_connection",
    "create_unix_server",
    "default_exception_handler",
    "get_debug",
    "get_exception_handler",
    "get_task_factory",
    "getaddrinfo",
    "getnameinfo",
    "is_closed",
    "is_running",
    "remove_reader",
    "remove_signal_handler",
    "remove_writer",
    "run_forever",
    "run_in_executor",
    "run_until_complete",
    "sendfile",
    "set_debug",
    "set_default_executor",
    "set_exception_handler",
    "set_task_factory",
    "shutdown_asyncgens",
    "shutdown_default_executor",
    "sock_accept",
    "sock_connect",
    "sock_recv",
    "sock_recv_into",
    "sock_recvfrom",
    "sock_recvfrom_into",
    "sock_sendall",
    "sock_sendfile",
    "sock_sendto",
    "start_tls",
    "stop",
    "subprocess_exec",
    "subprocess_shell",
    "time",
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_loop_names_are_sorted_for_binary_search() {
        assert!(super::CPYTHON_LOOP_NAMES.windows(2).all(|w| w[0] < w[1]));
    }
}
