//! The glue between the engine and the virtual kernel (`loopscope_kernel`): the kernel of a
//! run, made on first use so that programs that never touch the network keep the plain
//! virtual selector (and its speed); the loops' epolls and self-pipes in it; the kernel's
//! clock kept at the loop's; and `Errno` → the `OSError` subclass CPython raises.

use crate::asyncio::event_loop::LoopObj;
use crate::asyncio::selector::{KernelSelector, Selector};
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, Vm};
use crate::ExcKind;
use loopscope_kernel::{time, Ctl, Errno, Events, GaiError, HostId, Kernel, NetConfig};
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};

/// The program's host: every socket the program opens lives there.
pub const HOST: HostId = HostId::PROGRAM;

/// The fds of socket and epoll objects that died open (their `Drop`), closed at the next call.
pub type DroppedFds = Rc<std::cell::RefCell<Vec<u32>>>;

/// The network of a run.
#[derive(Default)]
pub struct NetState {
    kernel: Option<Box<Kernel>>,
    /// The loops made so far (weakly): when the kernel appears, the open ones get their
    /// epoll and self-pipe first, in creation order, so file descriptors are numbered as in
    /// CPython (epoll 3, self-pipe 4 and 5, the first socket 6).
    loops: Vec<Weak<LoopObj>>,
    /// The loop's class has the methods of `lib/asyncio/selector_events.py` (`io`).
    pub library_methods_loaded: bool,
    /// `socket.setdefaulttimeout()`: what new sockets start with (`None`: blocking).
    pub default_timeout: Option<f64>,
    /// See `DroppedFds`.
    pub dropped: DroppedFds,
    /// `socket.AddressFamily`/`SocketKind` members already made, by (enum, value): a new
    /// socket's `family` and `type` are looked up here instead of calling the enum each time
    /// (members are singletons, so the answer is the same object; 10,000 sockets otherwise
    /// spend more time in `EnumType.__call__` than in the kernel).
    pub enum_members: rustc_hash::FxHashMap<(&'static str, i64), crate::vm::value::Value>,
    /// Each fd's buffers as last recorded: socket id, send and receive bytes (issue 13),
    /// and the state word its buffers were last seen with.
    buffers: BTreeMap<u32, (u64, u32, u32, &'static str)>,
}

impl NetState {
    /// The kernel, if the program made one.
    pub fn kernel(&mut self) -> Option<&mut Kernel> {
        self.kernel.as_deref_mut()
    }

    pub fn kernel_ref(&self) -> Option<&Kernel> {
        self.kernel.as_deref()
    }
}

impl Vm {
    /// The kernel, made now if needed, with its clock brought to the loop's (instruction
    /// costs and timers move the loop's clock without telling it).
    pub(crate) fn kernel(&mut self) -> &mut Kernel {
        if self.net.kernel.is_none() {
            self.make_kernel();
        }
        self.close_dropped_sockets();
        self.record_packets();
        let now = time::from_seconds(self.clock.now());
        let kernel = self.net.kernel.get_or_insert_with(|| Box::new(Kernel::default()));
        kernel.advance_to(now);
        kernel
    }

    /// Closes the fds of socket objects that died without `close()`, as CPython's socket
    /// finalizer does: the peer sees the FIN (or RST) and the fd number is free again.
    pub(crate) fn close_dropped_sockets(&mut self) {
        if self.net.dropped.borrow().is_empty() {
            return;
        }
        let fds = std::mem::take(&mut *self.net.dropped.borrow_mut());
        let Some(kernel) = self.net.kernel.as_deref_mut() else { return };
        let now = time::from_seconds(self.clock.now());
        kernel.advance_to(now);
        for fd in &fds {
            let _ = kernel.close(HOST, loopscope_kernel::Fd(*fd));
        }
        for fd in fds {
            self.emit(loopscope_trace::Event::SocketClose { fd });
        }
    }

    /// The packets the kernel sent since the last call, as trace events (pure ACKs left out:
    /// every segment has one, and they carry nothing the page draws).
    pub(crate) fn record_packets(&mut self) {
        use super::socket_module::write_host_port;
        let Some(kernel) = self.net.kernel.as_deref_mut() else { return };
        let log = kernel.take_packet_log();
        for p in log {
            use loopscope_kernel::PacketKind as K;
            use loopscope_trace::PacketKind as T;
            let kind = match p.kind {
                K::Ack => continue,
                K::Syn => T::Syn,
                K::SynAck => T::SynAck,
                K::Data => T::Data,
                K::Fin => T::Fin,
                K::Rst => T::Rst,
                K::Datagram => T::Datagram,
                K::Unreachable => T::Unreachable,
            };
            let src = self.trace.intern_with(|out| write_host_port(out, p.src));
            let dst = self.trace.intern_with(|out| write_host_port(out, p.dst));
            self.emit(loopscope_trace::Event::Packet {
                kind,
                src,
                dst,
                bytes: u32::try_from(p.bytes).unwrap_or(u32::MAX),
                sent: time::to_seconds(p.start),
                arrival: p.arrival.map_or(-1.0, time::to_seconds),
            });
        }
        self.record_socket_buffers();
    }

    /// The program's sockets whose send or receive buffer changed since they were last
    /// recorded, as trace events (the sockets panel's bytes, issue 13).
    pub(crate) fn record_socket_buffers(&mut self) {
        let Some(kernel) = self.net.kernel.as_deref_mut() else { return };
        for c in kernel.take_buffer_changes() {
            let bytes = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            let now = (c.socket, bytes(c.send), bytes(c.recv), c.state);
            let before = self.net.buffers.insert(c.fd.0, now);
            // The replay starts a socket at zero, also a new one on a reused fd.
            let (shown, state) = match before {
                Some((socket, send, recv, state)) if socket == c.socket => ((send, recv), state),
                _ => ((0, 0), ""),
            };
            // Its state changed without a call of the program's (a handshake completed, a
            // reset arrived): the sockets panel says so from here.
            if state != c.state {
                let state = self.trace.intern_with(|out| {
                    super::socket_module::write_state_text(out, c.state, c.local, c.peer)
                });
                self.emit(loopscope_trace::Event::SocketState { fd: c.fd.0, state });
            }
            if shown != (now.1, now.2) {
                self.emit(loopscope_trace::Event::SocketBuffers {
                    fd: c.fd.0,
                    send: now.1,
                    recv: now.2,
                });
            }
        }
    }

    fn make_kernel(&mut self) {
        let mut config = net_config(&self.source.text);
        config.record_packets = self.trace.enabled();
        let mut kernel = Box::new(Kernel::new(config));
        kernel.advance_to(time::from_seconds(self.clock.now()));
        let loops: Vec<Rc<LoopObj>> = self.net.loops.iter().filter_map(Weak::upgrade).collect();
        for l in loops {
            if !l.state.borrow().closed {
                attach_selector(&mut kernel, &l);
            }
        }
        self.net.kernel = Some(kernel);
    }

    /// A new loop: remembered, and given its epoll now if the kernel exists.
    pub(crate) fn net_loop_created(&mut self, l: &Rc<LoopObj>) {
        self.net.loops.retain(|w| w.strong_count() > 0);
        self.net.loops.push(Rc::downgrade(l));
        if let Some(kernel) = self.net.kernel.as_deref_mut() {
            attach_selector(kernel, l);
        }
    }

    /// `loop.close()`: `_close_self_pipe` (the reader removed, both ends closed), then the
    /// selector closes its epoll, which frees their file descriptors.
    pub(crate) fn net_loop_closed(&mut self, l: &Rc<LoopObj>) {
        let selector = std::mem::take(&mut l.state.borrow_mut().selector);
        let Selector::Kernel(k) = selector else { return };
        if let Some(kernel) = self.net.kernel.as_deref_mut() {
            let _ = kernel.epoll_ctl(HOST, k.epfd, Ctl::Delete(k.ssock));
            let _ = kernel.close(HOST, k.ssock);
            let _ = kernel.close(HOST, k.csock);
            let _ = kernel.close(HOST, k.epfd);
        }
    }

    /// The `OSError` (subclass) CPython raises for `errno`: `[Errno 111] Connection refused`.
    pub(crate) fn os_error(&mut self, errno: Errno) -> PyErr {
        self.os_error_with(errno.code(), errno.message())
    }

    /// `OSError(code, message)`, which picks its subclass from the code as CPython's does.
    pub(crate) fn os_error_with(&mut self, code: i32, message: &str) -> PyErr {
        let class = Value::Class(self.types.exc(ExcKind::OSError).clone());
        let args = [Value::Int(code as i64), Value::str(message)];
        match self.call(&class, Args::positional(&args)) {
            Ok(exc) => PyErr::Exception(exc),
            Err(e) => e,
        }
    }

    /// `socket.gaierror(code, message)`.
    pub(crate) fn gai_error(&mut self, e: GaiError) -> PyErr {
        match crate::stdlib::socket_module::gaierror_class(self) {
            Some(class) => {
                let args = [Value::Int(e.code() as i64), Value::str(e.message())];
                match self.call(&class, Args::positional(&args)) {
                    Ok(exc) => PyErr::Exception(exc),
                    Err(err) => err,
                }
            }
            None => self.os_error_with(e.code(), e.message()),
        }
    }
}

/// The network the program's header describes: its `net-*` keys (`# loopscope:
/// net-latency-ms=80`) applied to the defaults. The header reader (`loopscope_protocol::header`)
/// has already refused bad values with their line, before the run.
pub fn net_config(source: &str) -> NetConfig {
    loopscope_kernel::header::from_source(source).unwrap_or_default()
}

/// The loop's epoll, then its self-pipe (`socketpair()`), the reading end registered for
/// reading as `_make_self_pipe` does.
fn attach_selector(kernel: &mut Kernel, l: &Rc<LoopObj>) {
    let Ok(epfd) = kernel.epoll_create(HOST) else { return };
    let Ok((ssock, csock)) = kernel.socketpair(HOST) else { return };
    let _ = kernel.epoll_ctl(HOST, epfd, Ctl::Add(ssock, Events::READ));
    l.state.borrow_mut().selector =
        Selector::Kernel(Box::new(KernelSelector { epfd, ssock, csock, keys: BTreeMap::new() }));
}
