//! `select` (C in CPython): `select.epoll` over the virtual kernel's epoll, its `EPOLL*`
//! constants, `select.poll` and `select.select` for sockets. Their waits block the whole loop, in virtual
//! time, as a real `epoll.poll()` would. `selectors.py` (library Python) builds on `epoll`.

use super::net::HOST;
use crate::vm::modules::native_module;
use crate::vm::native::{NativeClass, NativeState};
use crate::vm::objects::{ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Args, PyResult, Vm};
use crate::ExcKind;
use loopscope_kernel::{time, Ctl, Errno, Events, Fd, NetWaiter};
use std::cell::RefCell;
use std::rc::Rc;

const EPOLLIN: i64 = 0x001;
const EPOLLPRI: i64 = 0x002;
const EPOLLOUT: i64 = 0x004;
const EPOLLRDHUP: i64 = 0x2000;
const EPOLLONESHOT: i64 = 1 << 30;
const EPOLLET: i64 = 1 << 31;

const CONSTANTS: &[(&str, i64)] = &[
    ("EPOLLIN", EPOLLIN),
    ("EPOLLPRI", EPOLLPRI),
    ("EPOLLOUT", EPOLLOUT),
    ("EPOLLERR", 0x008),
    ("EPOLLHUP", 0x010),
    ("EPOLLRDNORM", 0x040),
    ("EPOLLRDBAND", 0x080),
    ("EPOLLWRNORM", 0x100),
    ("EPOLLWRBAND", 0x200),
    ("EPOLLMSG", 0x400),
    ("EPOLLRDHUP", EPOLLRDHUP),
    ("EPOLLEXCLUSIVE", 1 << 28),
    ("EPOLLONESHOT", EPOLLONESHOT),
    ("EPOLLET", EPOLLET),
    ("EPOLL_CLOEXEC", 0o2000000),
];

/// `POLL*`: Linux gives them epoll's bit values.
const POLL_CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", POLLIN),
    ("POLLPRI", POLLPRI),
    ("POLLOUT", POLLOUT),
    ("POLLERR", POLLERR),
    ("POLLHUP", POLLHUP),
    ("POLLNVAL", POLLNVAL),
    ("POLLRDNORM", POLLRDNORM),
    ("POLLRDBAND", 0x080),
    ("POLLWRNORM", POLLWRNORM),
    ("POLLWRBAND", POLLWRBAND),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", POLLRDHUP),
];
const POLLIN: i64 = 0x001;
const POLLPRI: i64 = 0x002;
const POLLOUT: i64 = 0x004;
const POLLERR: i64 = 0x008;
const POLLHUP: i64 = 0x010;
const POLLNVAL: i64 = 0x020;
const POLLRDNORM: i64 = 0x040;
const POLLWRNORM: i64 = 0x100;
const POLLWRBAND: i64 = 0x200;
const POLLRDHUP: i64 = 0x2000;

const FUNCTIONS: &[(&str, NativeFn)] = &[("select", select), ("poll", poll_new)];

const POLL_CLASS: NativeClass = NativeClass {
    module: "select",
    name: "poll",
    methods: &[
        ("register", poll_register),
        ("modify", poll_modify),
        ("unregister", poll_unregister),
        ("poll", poll_poll),
    ],
    new: None,
};

/// A `select.poll` object: the fds registered and their masks, in registration order (the
/// order CPython's dict of them keeps, and so the order `poll()` answers in).
#[derive(Default)]
pub struct PollObj {
    fds: Vec<(u32, i64)>,
}

const EPOLL_CLASS: NativeClass = NativeClass {
    module: "select",
    name: "epoll",
    methods: &[
        ("register", epoll_register),
        ("modify", epoll_modify),
        ("unregister", epoll_unregister),
        ("poll", epoll_poll),
        ("close", epoll_close),
        ("fileno", epoll_fileno),
        ("__enter__", epoll_enter),
        ("__exit__", epoll_exit),
    ],
    new: Some(epoll_new),
};

/// A `select.epoll` object: its fd in the kernel, -1 once closed.
pub struct EpollObj {
    fd: i64,
    /// Where it leaves its fd if it dies open (closed at the next call, as CPython closes it).
    dropped: super::net::DroppedFds,
}

impl Drop for EpollObj {
    fn drop(&mut self) {
        if self.fd >= 0 {
            self.dropped.borrow_mut().push(self.fd as u32);
        }
    }
}

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("select", FUNCTIONS);
    for (name, value) in CONSTANTS {
        module.set(name, Value::Int(*value));
    }
    for (name, value) in POLL_CONSTANTS {
        module.set(name, Value::Int(*value));
    }
    module.set("epoll", Value::Class(vm.native_class(&EPOLL_CLASS)));
    module.set("error", Value::Class(vm.types.exc(ExcKind::OSError).clone()));
    module
}

pub fn epoll_repr(e: &RefCell<EpollObj>) -> String {
    format!("<select.epoll object fd={}>", e.borrow().fd)
}

fn epoll_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `sizehint` is only checked (-1 is the default); the kernel sizes nothing by it.
    // `__new__`: the class comes first.
    if let Some(hint) = args.pos.get(1).or(args.keyword("sizehint")) {
        let hint = super::socket_module::int_arg(vm, hint, "")?;
        if hint != -1 && hint <= 0 {
            return Err(vm.new_error(ExcKind::ValueError, "negative sizehint"));
        }
    }
    let fd = vm.kernel().epoll_create(HOST).map_err(|e| vm.os_error(e))?;
    let class = vm.native_class(&EPOLL_CLASS);
    let state = EpollObj { fd: fd.0 as i64, dropped: vm.net.dropped.clone() };
    let epoll = vm.new_native(class, NativeState::Epoll(RefCell::new(state)));
    set_closed(&epoll, false);
    Ok(epoll)
}

/// The epoll's `closed` attribute (a getter in CPython; kept in the instance's dict here).
fn set_closed(epoll: &Value, closed: bool) {
    if let Value::Instance(inst) = epoll {
        inst.dict.borrow_mut().insert("closed".into(), Value::Bool(closed));
    }
}

/// The epoll's fd, `ValueError` once closed.
fn epfd(vm: &Vm, args: &Args) -> PyResult<Fd> {
    let fd = match args.pos.first() {
        Some(Value::Instance(inst)) => match inst.native.as_deref() {
            Some(NativeState::Epoll(e)) => e.borrow().fd,
            _ => -2,
        },
        _ => -2,
    };
    match fd {
        -2 => Err(vm.new_error(ExcKind::TypeError, "descriptor requires a 'select.epoll' object")),
        -1 => Err(vm.new_error(ExcKind::ValueError, "I/O operation on closed epoll object")),
        fd => Ok(Fd(fd as u32)),
    }
}

/// The kernel's interest for an `EPOLL*` mask.
fn interest(mask: i64) -> Events {
    let mut e = 0;
    if mask & (EPOLLIN | EPOLLPRI) != 0 {
        e |= 1;
    }
    if mask & EPOLLOUT != 0 {
        e |= 2;
    }
    if mask & EPOLLRDHUP != 0 {
        e |= Events::PEER_HANGUP.0;
    }
    if mask & EPOLLET != 0 {
        e |= Events::EDGE.0;
    }
    if mask & EPOLLONESHOT != 0 {
        e |= Events::ONESHOT.0;
    }
    Events(e)
}

fn fd_and_mask(vm: &mut Vm, args: &Args) -> PyResult<(u32, i64)> {
    let fileobj = args.pos.get(1).or(args.keyword("fd")).cloned().unwrap_or(Value::None);
    let fd = as_file_descriptor(vm, &fileobj)?;
    let mask = match args.pos.get(2).or(args.keyword("eventmask")) {
        Some(Value::Int(m)) => *m,
        Some(_) => return Err(vm.new_error(ExcKind::TypeError, "an integer is required")),
        None => EPOLLIN | EPOLLPRI | EPOLLOUT,
    };
    Ok((fd, mask))
}

fn epoll_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ep = epfd(vm, &args)?;
    let (fd, mask) = fd_and_mask(vm, &args)?;
    let ctl = Ctl::Add(Fd(fd), interest(mask));
    vm.kernel().epoll_ctl(HOST, ep, ctl).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn epoll_modify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ep = epfd(vm, &args)?;
    let (fd, mask) = fd_and_mask(vm, &args)?;
    let ctl = Ctl::Modify(Fd(fd), interest(mask));
    vm.kernel().epoll_ctl(HOST, ep, ctl).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

fn epoll_unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ep = epfd(vm, &args)?;
    let fileobj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let fd = as_file_descriptor(vm, &fileobj)?;
    vm.kernel().epoll_ctl(HOST, ep, Ctl::Delete(Fd(fd))).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

/// A poll timeout in seconds: `None` or negative waits without limit. Any other type is a
/// `TypeError` saying what the call takes (`epoll`/`poll`: "an integer", `select`: "a float").
fn poll_timeout(vm: &Vm, v: Option<&Value>, takes: &str) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok((*i >= 0).then_some(*i as f64)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64 as f64)),
        Some(Value::Float(f)) if f.is_nan() => {
            Err(vm.new_error(ExcKind::ValueError, "Invalid value NaN (not a number)"))
        }
        Some(Value::Float(f)) => Ok((*f >= 0.0).then_some(*f)),
        Some(_) => {
            Err(vm.new_error(ExcKind::TypeError, &format!("timeout must be {takes} or None")))
        }
    }
}

fn epoll_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ep = epfd(vm, &args)?;
    let timeout = poll_timeout(vm, args.pos.get(1).or(args.keyword("timeout")), "an integer")?;
    if vm.threads.active() && timeout != Some(0.0) {
        wait_in_thread(vm, ep, timeout, None)?;
    }
    let events = poll_wait(vm, ep, timeout, "select.epoll.poll()")?;
    let pairs = events
        .into_iter()
        .map(|(fd, m)| Value::tuple(vec![Value::Int(fd.0 as i64), Value::Int(m.0 as i64)]));
    Ok(Value::list(pairs.collect()))
}

/// Linux's default timer slack (50 µs): a `select` or `poll` of the program's that times out
/// returns this long after its timeout, so code that computes the time left (socketserver's
/// `handle_request`) sees it below zero, as under CPython, instead of waiting 0 for ever.
/// The conformance harness adds the same (`TIMER_SLACK_SECONDS`).
pub const TIMER_SLACK: f64 = 50e-6;

/// A blocking `select` or `epoll.poll` while another thread exists (T9): unless something
/// is ready (or the call runs again after its wait timed out), the thread waits until
/// epoll `ep` has something ready or the timeout passes; the caller then answers what is
/// ready. Blocking green, this returns `Abort::Blocked` and the call runs again later.
fn wait_in_thread(
    vm: &mut Vm,
    ep: Fd,
    timeout: Option<f64>,
    private_epoll: Option<Fd>,
) -> PyResult<()> {
    if vm.take_net_wait_timed_out() {
        return Ok(());
    }
    let ready = vm.kernel().waiter_ready(HOST, NetWaiter::Epoll(ep)).map_err(|e| vm.os_error(e))?;
    if ready {
        return Ok(());
    }
    let deadline = timeout.map(|t| vm.clock.now() + t + TIMER_SLACK);
    vm.block_on_network(NetWaiter::Epoll(ep), deadline, private_epoll).map(drop)
}

/// A wait nothing can end: a blocking call in a program that hangs.
fn never_returns(vm: &mut Vm, what: &str) -> crate::vm::PyErr {
    let message = format!(
        "Deadlock: {what} waits without a timeout, and nothing in flight can ever wake it.\n"
    );
    vm.record_diagnostic(loopscope_trace::DiagnosticKind::Deadlock, &message);
    crate::vm::PyErr::Abort(Rc::new(crate::vm::Abort::Deadlock(message)))
}

fn epoll_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = match args.pos.first() {
        Some(Value::Instance(inst)) => match inst.native.as_deref() {
            Some(NativeState::Epoll(e)) => std::mem::replace(&mut e.borrow_mut().fd, -1),
            _ => -1,
        },
        _ => -1,
    };
    if fd >= 0 {
        let _ = vm.kernel().close(HOST, Fd(fd as u32));
        if let Some(this) = args.pos.first() {
            set_closed(this, true);
        }
    }
    Ok(Value::None)
}

fn epoll_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    epfd(vm, &args).map(|fd| Value::Int(fd.0 as i64))
}

fn epoll_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn epoll_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    epoll_close(vm, Args::positional(&[this]))
}

fn is_negative(timeout: Option<&Value>) -> bool {
    match timeout {
        Some(Value::Int(i)) => *i < 0,
        Some(Value::Float(f)) => *f < 0.0,
        _ => false,
    }
}

/// `select.select(rlist, wlist, xlist, timeout=None)` over sockets.
fn select(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("select expected at least 3 arguments, got {}", args.pos.len()),
        ));
    }
    let timeout = poll_timeout(vm, args.pos.get(3), "a float")?;
    if timeout.is_none() && is_negative(args.pos.get(3)) {
        // Unlike poll's, select's timeout has no "negative waits for ever".
        return Err(vm.new_error(ExcKind::ValueError, "timeout must be non-negative"));
    }
    let mut lists: Vec<Vec<(Value, u32)>> = Vec::new();
    for list in &args.pos[..3] {
        let items = vm.collect(list)?;
        let mut fds = Vec::with_capacity(items.len());
        for item in items {
            let fd = as_file_descriptor(vm, &item)?;
            fds.push((item, fd));
        }
        lists.push(fds);
    }
    // A private epoll holding every fd asked about, waited on once.
    let start = vm.clock.now();
    let kernel = vm.kernel();
    let ep = kernel.epoll_create(HOST).map_err(|e| vm.os_error(e))?;
    let mut wanted: std::collections::BTreeMap<u32, Events> = Default::default();
    for (i, list) in lists.iter().enumerate().take(2) {
        for (_, fd) in list {
            let e = wanted.entry(*fd).or_default();
            *e = *e | if i == 0 { Events::READ } else { Events::WRITE };
        }
    }
    let mut failed = None;
    for (fd, events) in &wanted {
        if let Err(e) = vm.kernel().epoll_ctl(HOST, ep, Ctl::Add(Fd(*fd), *events)) {
            failed = Some(e);
            break;
        }
    }
    if failed.is_none() && vm.threads.active() && timeout != Some(0.0) {
        // T9: the thread waits; green, the whole call runs again (its epoll is closed then).
        wait_in_thread(vm, ep, timeout, Some(ep))?;
    }
    let result = match failed {
        Some(e) => Err(e),
        None if vm.threads.active() => vm.kernel().epoll_wait(HOST, ep, Some(0)),
        None => vm.kernel().epoll_wait(HOST, ep, timeout.map(time::from_seconds)),
    };
    let _ = vm.kernel().close(HOST, ep);
    let now = time::to_seconds(vm.kernel().now());
    vm.clock.jump_to(now);
    let ready = match result {
        Ok(loopscope_kernel::Wait::Ready(v)) => v,
        Ok(loopscope_kernel::Wait::TimedOut) => {
            // Waited out alone: the clock reads the deadline exactly, plus the timer slack.
            if let Some(t) = timeout.filter(|t| *t > 0.0 && !vm.threads.active()) {
                vm.clock.jump_to(start + t + TIMER_SLACK);
            }
            Vec::new()
        }
        Ok(loopscope_kernel::Wait::Blocked) => return Err(never_returns(vm, "select.select()")),
        Err(Errno::EBADF) | Err(Errno::ENOTSOCK) => return Err(vm.os_error(Errno::EBADF)),
        Err(e) => return Err(vm.os_error(e)),
    };
    let is = |fd: u32, read: bool| {
        ready.iter().any(|(f, e)| f.0 == fd && if read { e.readable() } else { e.writable() })
    };
    let pick = |list: &Vec<(Value, u32)>, read: bool| -> Value {
        Value::list(list.iter().filter(|(_, fd)| is(*fd, read)).map(|(v, _)| v.clone()).collect())
    };
    Ok(Value::tuple(vec![pick(&lists[0], true), pick(&lists[1], false), Value::list(Vec::new())]))
}

fn poll_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let class = vm.native_class(&POLL_CLASS);
    Ok(vm.new_native(class, NativeState::Poll(RefCell::new(PollObj::default()))))
}

/// The poll object a method was called on.
fn poll_state(vm: &Vm, args: &Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(v @ Value::Instance(inst))
            if matches!(inst.native.as_deref(), Some(NativeState::Poll(_))) =>
        {
            Ok(v.clone())
        }
        _ => Err(vm.new_error(ExcKind::TypeError, "descriptor requires a 'select.poll' object")),
    }
}

fn with_poll<T>(this: &Value, f: impl FnOnce(&mut PollObj) -> T) -> Option<T> {
    match this {
        Value::Instance(inst) => match inst.native.as_deref() {
            Some(NativeState::Poll(p)) => Some(f(&mut p.borrow_mut())),
            _ => None,
        },
        _ => None,
    }
}

/// `poll.register(fd, eventmask=POLLIN|POLLPRI|POLLOUT)`: a second registration changes the
/// mask and keeps the fd's place.
fn poll_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = poll_state(vm, &args)?;
    let (fd, mask) = fd_and_mask(vm, &args)?;
    let mask = mask & 0xffff;
    with_poll(&this, |p| match p.fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => entry.1 = mask,
        None => p.fds.push((fd, mask)),
    });
    Ok(Value::None)
}

/// `poll.modify(fd, eventmask)`: `ENOENT` for an fd not registered.
fn poll_modify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = poll_state(vm, &args)?;
    let (fd, mask) = fd_and_mask(vm, &args)?;
    let mask = mask & 0xffff;
    let found = with_poll(&this, |p| match p.fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(entry) => {
            entry.1 = mask;
            true
        }
        None => false,
    });
    match found {
        Some(true) => Ok(Value::None),
        _ => Err(vm.os_error(Errno::ENOENT)),
    }
}

/// `poll.unregister(fd)`: `KeyError(fd)` for an fd not registered.
fn poll_unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = poll_state(vm, &args)?;
    let fileobj = args.pos.get(1).cloned().unwrap_or(Value::None);
    let fd = as_file_descriptor(vm, &fileobj)?;
    let removed = with_poll(&this, |p| {
        let before = p.fds.len();
        p.fds.retain(|(f, _)| *f != fd);
        p.fds.len() != before
    });
    match removed {
        Some(true) => Ok(Value::None),
        _ => {
            let class = Value::Class(vm.types.exc(ExcKind::KeyError).clone());
            match vm.call(&class, Args::positional(&[Value::Int(fd as i64)])) {
                Ok(exc) => Err(crate::vm::PyErr::Exception(exc)),
                Err(e) => Err(e),
            }
        }
    }
}

/// The kernel's interest for a `POLL*` mask.
fn poll_interest(mask: i64) -> Events {
    let mut e = 0;
    if mask & (POLLIN | POLLPRI | POLLRDNORM) != 0 {
        e |= 1;
    }
    if mask & (POLLOUT | POLLWRNORM | POLLWRBAND) != 0 {
        e |= 2;
    }
    if mask & POLLRDHUP != 0 {
        e |= Events::PEER_HANGUP.0;
    }
    Events(e)
}

/// What `poll` reports for a socket whose state is `ready` (epoll bits) and the mask asked
/// for: a socket readable is also `POLLRDNORM`, writable also `POLLWRNORM|POLLWRBAND`, as
/// Linux's socket poll sets them; errors and hang-ups are reported unasked.
fn poll_revents(ready: i64, mask: i64) -> i64 {
    let mut all = ready;
    if ready & POLLIN != 0 {
        all |= POLLRDNORM;
    }
    if ready & POLLOUT != 0 {
        all |= POLLWRNORM | POLLWRBAND;
    }
    all & (mask | POLLERR | POLLHUP)
}

/// `poll.poll(timeout=None)`, the timeout in milliseconds (`None` or negative: no limit):
/// `(fd, revents)` for each registered fd with something to report, in registration order;
/// an fd that is not open is `POLLNVAL`. It waits on a private epoll of the fds, blocking
/// the loop in virtual time as `select.select` does.
fn poll_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = poll_state(vm, &args)?;
    let timeout = poll_timeout(vm, args.pos.get(1).or(args.keyword("timeout")), "an integer")?;
    let timeout = timeout.map(|ms| ms / 1000.0);
    let fds = with_poll(&this, |p| p.fds.clone()).unwrap_or_default();
    // Which fds are open sockets, asked before the private epoll takes the lowest free fd.
    let mut invalid = Vec::new();
    for (fd, _) in &fds {
        match vm.kernel().poll_fd(HOST, Fd(*fd)) {
            Ok(_) => {}
            Err(Errno::EBADF) => invalid.push(*fd),
            Err(_) => {
                let what = "`select.poll()` of a file descriptor that is not a socket";
                return Err(vm.unsupported_now(what));
            }
        }
    }
    let ep = vm.kernel().epoll_create(HOST).map_err(|e| vm.os_error(e))?;
    for (fd, mask) in fds.iter().filter(|(fd, _)| !invalid.contains(fd)) {
        let added = vm.kernel().epoll_ctl(HOST, ep, Ctl::Add(Fd(*fd), poll_interest(*mask)));
        if let Err(e) = added {
            let _ = vm.kernel().close(HOST, ep);
            return Err(vm.os_error(e));
        }
    }
    // An fd not open answers at once.
    let timeout = if invalid.is_empty() { timeout } else { Some(0.0) };
    if vm.threads.active() && timeout != Some(0.0) {
        // T9: the thread waits; green, the whole call runs again (its epoll is closed then).
        wait_in_thread(vm, ep, timeout, Some(ep))?;
    }
    let result = poll_wait(vm, ep, timeout, "select.poll().poll()");
    let _ = vm.kernel().close(HOST, ep);
    let ready = result?;
    let answers = fds.iter().filter_map(|(fd, mask)| {
        let revents = match invalid.contains(fd) {
            true => POLLNVAL,
            false => ready
                .iter()
                .find(|(f, _)| f.0 == *fd)
                .map_or(0, |(_, r)| poll_revents(r.0 as i64, *mask)),
        };
        (revents != 0).then(|| Value::tuple(vec![Value::Int(*fd as i64), Value::Int(revents)]))
    });
    Ok(Value::list(answers.collect()))
}

/// Waits on epoll `ep` as `epoll_wait` does, moving the clock: what is ready, or nothing once
/// `timeout` passed (the clock then reads the deadline plus the timer slack; a zero timeout
/// returns at once). With threads, the wait is over (`wait_in_thread`): what is ready. With
/// no timeout and nothing that can ever come, `what` never returns.
fn poll_wait(
    vm: &mut Vm,
    ep: Fd,
    timeout: Option<f64>,
    what: &str,
) -> PyResult<Vec<(Fd, loopscope_kernel::Ready)>> {
    if vm.threads.active() {
        let ready = vm.kernel().epoll_wait_masks(HOST, ep, Some(0));
        return ready.map(Option::unwrap_or_default).map_err(|e| vm.os_error(e));
    }
    let start = vm.clock.now();
    let waited = vm.kernel().epoll_wait_masks(HOST, ep, timeout.map(time::from_seconds));
    let now = time::to_seconds(vm.kernel().now());
    vm.clock.jump_to(now);
    match waited {
        Ok(Some(events)) => Ok(events),
        Ok(None) => match timeout {
            Some(t) => {
                if t > 0.0 {
                    vm.clock.jump_to(start + t + TIMER_SLACK);
                }
                Ok(Vec::new())
            }
            None => Err(never_returns(vm, what)),
        },
        Err(e) => Err(vm.os_error(e)),
    }
}

/// CPython's `PyObject_AsFileDescriptor`, how `select`, `poll` and `epoll` read an fd: an int,
/// or what `fileno()` returns, not negative and within a C int.
fn as_file_descriptor(vm: &mut Vm, fileobj: &Value) -> PyResult<u32> {
    let fd = match fileobj {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => {
            let fileno = match vm.get_attr(fileobj, "fileno") {
                Ok(f) => f,
                Err(crate::vm::PyErr::Exception(e))
                    if vm.exception_is(&e, ExcKind::AttributeError) =>
                {
                    return Err(vm.new_error(
                        ExcKind::TypeError,
                        "argument must be an int, or have a fileno() method.",
                    ))
                }
                Err(e) => return Err(e),
            };
            match vm.call(&fileno, Args::positional(&[]))? {
                Value::Int(i) => i,
                Value::Bool(b) => b as i64,
                _ => {
                    return Err(vm.new_error(ExcKind::TypeError, "fileno() returned a non-integer"))
                }
            }
        }
    };
    if fd < 0 {
        let message = format!("file descriptor cannot be a negative integer ({fd})");
        return Err(vm.new_error(ExcKind::ValueError, &message));
    }
    u32::try_from(fd).ok().filter(|fd| *fd <= i32::MAX as u32).ok_or_else(|| {
        vm.new_error(ExcKind::OverflowError, "Python int too large to convert to C int")
    })
}
