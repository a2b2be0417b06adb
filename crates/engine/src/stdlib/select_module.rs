//! `select` (C in CPython): `select.epoll` over the virtual kernel's epoll, its `EPOLL*`
//! constants, and `select.select` for sockets. Their waits block the whole loop, in virtual
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
    ("EPOLLRDHUP", 0x2000),
    ("EPOLLEXCLUSIVE", 1 << 28),
    ("EPOLLONESHOT", 1 << 30),
    ("EPOLLET", 1 << 31),
    ("EPOLL_CLOEXEC", 0o2000000),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[("select", select)];

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
    module.set("epoll", Value::Class(vm.native_class(&EPOLL_CLASS)));
    module.set("error", Value::Class(vm.types.exc(ExcKind::OSError).clone()));
    module
}

pub fn epoll_repr(e: &RefCell<EpollObj>) -> String {
    format!("<select.epoll object fd={}>", e.borrow().fd)
}

fn epoll_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let fd = vm.kernel().epoll_create(HOST).map_err(|e| vm.os_error(e))?;
    let class = vm.native_class(&EPOLL_CLASS);
    let state = EpollObj { fd: fd.0 as i64, dropped: vm.net.dropped.clone() };
    Ok(vm.new_native(class, NativeState::Epoll(RefCell::new(state))))
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
    Events(e)
}

fn fd_and_mask(vm: &mut Vm, args: &Args) -> PyResult<(u32, i64)> {
    let fileobj = args.pos.get(1).or(args.keyword("fd")).cloned().unwrap_or(Value::None);
    let fd = vm.fileobj_to_fd(&fileobj)?;
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
    let fd = vm.fileobj_to_fd(&fileobj)?;
    vm.kernel().epoll_ctl(HOST, ep, Ctl::Delete(Fd(fd))).map_err(|e| vm.os_error(e))?;
    Ok(Value::None)
}

/// A poll timeout in seconds: `None` or negative waits without limit.
fn poll_timeout(vm: &Vm, v: Option<&Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok((*i >= 0).then_some(*i as f64)),
        Some(Value::Float(f)) if f.is_nan() => {
            Err(vm.new_error(ExcKind::ValueError, "Invalid value NaN (not a number)"))
        }
        Some(Value::Float(f)) => Ok((*f >= 0.0).then_some(*f)),
        Some(other) => Err(vm.new_error(
            ExcKind::TypeError,
            &format!(
                "'{}' object cannot be interpreted as an integer or float",
                vm.type_name(other)
            ),
        )),
    }
}

fn epoll_poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ep = epfd(vm, &args)?;
    let timeout = poll_timeout(vm, args.pos.get(1).or(args.keyword("timeout")))?;
    if vm.threads.active() && timeout != Some(0.0) {
        wait_in_thread(vm, ep, timeout, None)?;
        return poll_ready(vm, ep);
    }
    let start = vm.clock.now();
    let waited = vm.kernel().epoll_wait_masks(HOST, ep, timeout.map(time::from_seconds));
    let now = time::to_seconds(vm.kernel().now());
    vm.clock.jump_to(now);
    match waited {
        Ok(Some(events)) => Ok(Value::list(
            events
                .into_iter()
                .map(|(fd, m)| Value::tuple(vec![Value::Int(fd.0 as i64), Value::Int(m.0 as i64)]))
                .collect(),
        )),
        Ok(None) if timeout.is_some() => {
            // Timed out: the clock reads the deadline exactly, plus the timer slack.
            if let Some(t) = timeout {
                let target = start + t + TIMER_SLACK;
                vm.clock.jump_to(target);
            }
            Ok(Value::list(Vec::new()))
        }
        Ok(None) => Err(never_returns(vm, "select.epoll.poll()")),
        Err(e) => Err(vm.os_error(e)),
    }
}

/// Linux's default timer slack (50 µs): a `select` or `poll` of the program's that times out
/// returns this long after its timeout, so code that computes the time left (socketserver's
/// `handle_request`) sees it below zero, as under CPython, instead of waiting 0 for ever.
/// The conformance harness adds the same (`TIMER_SLACK_SECONDS`).
pub const TIMER_SLACK: f64 = 50e-6;

/// `epoll.poll(0)`: the fds ready now, as `(fd, mask)` pairs.
fn poll_ready(vm: &mut Vm, ep: Fd) -> PyResult<Value> {
    match vm.kernel().epoll_wait_masks(HOST, ep, Some(0)) {
        Ok(events) => Ok(Value::list(
            events
                .unwrap_or_default()
                .into_iter()
                .map(|(fd, m)| Value::tuple(vec![Value::Int(fd.0 as i64), Value::Int(m.0 as i64)]))
                .collect(),
        )),
        Err(e) => Err(vm.os_error(e)),
    }
}

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

/// `select.select(rlist, wlist, xlist, timeout=None)` over sockets.
fn select(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("select expected at least 3 arguments, got {}", args.pos.len()),
        ));
    }
    let timeout = poll_timeout(vm, args.pos.get(3))?;
    let mut lists: Vec<Vec<(Value, u32)>> = Vec::new();
    for list in &args.pos[..3] {
        let items = vm.collect(list)?;
        let mut fds = Vec::with_capacity(items.len());
        for item in items {
            let fd = vm.fileobj_to_fd(&item)?;
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
