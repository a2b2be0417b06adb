//! `socket` (CPython's `_socket` in C and the thin `socket.py` over it): socket objects over
//! the virtual kernel's file descriptors, the constants programs use, `getaddrinfo` and
//! friends, and the kernel's errors as the `OSError` subclasses CPython raises.
//!
//! A socket left blocking (the default) waits in the kernel (`Kernel::wait_fd`), which moves
//! virtual time and blocks the whole loop, as in CPython; the run's diagnostics say so. A
//! timeout (`settimeout`) ends that wait with `TimeoutError('timed out')`.
//!
//! Differences (documented in docs/ARCHITECTURE.md): IPv4 only (`AF_INET6` sockets and
//! IPv6 addresses stop the run as unsupported); `AF_UNIX` only through `socketpair()`.

use super::net::HOST;
use super::{socket_byte_order, socket_names};
use crate::vm::bytes::buffer;
use crate::vm::modules::native_module;
use crate::vm::native::{NativeClass, NativeState};
use crate::vm::objects::{ClassObj, ModuleObj, NativeFn};
use crate::vm::types::new_builtin_class;
use crate::vm::value::Value;
use crate::vm::{Abort, Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_kernel::{
    time, Errno, Events, Fd, FdWait, Hints, Kernel, NetWaiter, Service, Shutdown, SockAddr,
    SockOpt, SockType,
};
use loopscope_trace::{DiagnosticKind, Event, SocketKind};
use std::cell::RefCell;
use std::net::Ipv4Addr;
use std::rc::Rc;

pub const AF_UNIX: i64 = 1;
pub const AF_INET: i64 = 2;
pub const AF_INET6: i64 = 10;
pub const SOCK_STREAM: i64 = 1;
pub const SOCK_DGRAM: i64 = 2;
pub const SOCK_RAW: i64 = 3;
const SOCK_NONBLOCK: i64 = 0o4000;
const SOCK_CLOEXEC: i64 = 0o2000000;
pub const SOL_SOCKET: i64 = 1;
pub const SO_REUSEADDR: i64 = 2;
pub const SO_TYPE: i64 = 3;
pub const SO_ERROR: i64 = 4;
pub const SO_SNDBUF: i64 = 7;
pub const SO_RCVBUF: i64 = 8;
pub const SO_BROADCAST: i64 = 6;
pub const SO_KEEPALIVE: i64 = 9;
pub const SO_LINGER: i64 = 13;
pub const SO_REUSEPORT: i64 = 15;
pub const IPPROTO_TCP: i64 = 6;
pub const IPPROTO_UDP: i64 = 17;
pub const TCP_NODELAY: i64 = 1;
const SO_RCVLOWAT: i64 = 18;
const SO_SNDLOWAT: i64 = 19;
const SO_RCVTIMEO: i64 = 20;
const SO_SNDTIMEO: i64 = 21;
const SO_PROTOCOL: i64 = 38;
const SO_DOMAIN: i64 = 39;
const TCP_MAXSEG: i64 = 2;
const TCP_KEEPIDLE: i64 = 4;
const TCP_KEEPINTVL: i64 = 5;
const TCP_KEEPCNT: i64 = 6;
const TCP_QUICKACK: i64 = 12;
const IP_TTL: i64 = 2;
const IP_MULTICAST_TTL: i64 = 33;
const IP_MULTICAST_LOOP: i64 = 34;
const AI_PASSIVE: i64 = 1;
const AI_CANONNAME: i64 = 2;
const AI_NUMERICHOST: i64 = 4;
const AI_NUMERICSERV: i64 = 1024;

/// The module's constants, as CPython 3.11 on Linux numbers them.
const CONSTANTS: &[(&str, i64)] = &[
    ("AF_UNSPEC", 0),
    ("AF_UNIX", AF_UNIX),
    ("AF_INET", AF_INET),
    ("AF_INET6", AF_INET6),
    ("SOCK_STREAM", SOCK_STREAM),
    ("SOCK_DGRAM", SOCK_DGRAM),
    ("SOCK_RAW", SOCK_RAW),
    ("SOCK_NONBLOCK", SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", SOCK_CLOEXEC),
    ("SOL_SOCKET", SOL_SOCKET),
    ("SO_REUSEADDR", SO_REUSEADDR),
    ("SO_TYPE", SO_TYPE),
    ("SO_ERROR", SO_ERROR),
    ("SO_SNDBUF", SO_SNDBUF),
    ("SO_RCVBUF", SO_RCVBUF),
    ("SO_KEEPALIVE", SO_KEEPALIVE),
    ("SO_BROADCAST", SO_BROADCAST),
    ("SO_LINGER", SO_LINGER),
    ("SO_REUSEPORT", SO_REUSEPORT),
    ("SOL_TCP", IPPROTO_TCP),
    ("SOL_UDP", IPPROTO_UDP),
    ("IPPROTO_IP", 0),
    ("IPPROTO_TCP", IPPROTO_TCP),
    ("IPPROTO_UDP", IPPROTO_UDP),
    ("TCP_NODELAY", TCP_NODELAY),
    // Options the simulated kernel keeps as set (getsockopt reads them back, or Linux's
    // defaults before that) without their effect on the network.
    ("SO_DONTROUTE", 5),
    ("SO_OOBINLINE", 10),
    ("SO_PRIORITY", 12),
    ("SO_RCVLOWAT", SO_RCVLOWAT),
    ("SO_SNDLOWAT", SO_SNDLOWAT),
    ("SO_RCVTIMEO", SO_RCVTIMEO),
    ("SO_SNDTIMEO", SO_SNDTIMEO),
    ("SO_BINDTODEVICE", 25),
    ("SO_ACCEPTCONN", 30),
    ("SO_PROTOCOL", SO_PROTOCOL),
    ("SO_DOMAIN", SO_DOMAIN),
    ("TCP_MAXSEG", TCP_MAXSEG),
    ("TCP_CORK", 3),
    ("TCP_KEEPIDLE", TCP_KEEPIDLE),
    ("TCP_KEEPINTVL", TCP_KEEPINTVL),
    ("TCP_KEEPCNT", TCP_KEEPCNT),
    ("TCP_DEFER_ACCEPT", 9),
    ("TCP_QUICKACK", TCP_QUICKACK),
    ("TCP_USER_TIMEOUT", 18),
    ("TCP_FASTOPEN", 23),
    ("IP_TOS", 1),
    ("IP_TTL", IP_TTL),
    ("IP_HDRINCL", 3),
    ("IP_RECVTOS", 13),
    ("IP_MULTICAST_IF", 32),
    ("IP_MULTICAST_TTL", IP_MULTICAST_TTL),
    ("IP_MULTICAST_LOOP", IP_MULTICAST_LOOP),
    ("IP_ADD_MEMBERSHIP", 35),
    ("IP_DROP_MEMBERSHIP", 36),
    ("IPPROTO_ICMP", 1),
    ("IPPROTO_IPV6", 41),
    ("IPPROTO_RAW", 255),
    ("INADDR_ANY", 0),
    ("INADDR_BROADCAST", 0xffff_ffff),
    ("INADDR_LOOPBACK", 0x7f00_0001),
    ("INADDR_NONE", 0xffff_ffff),
    ("SHUT_RD", 0),
    ("SHUT_WR", 1),
    ("SHUT_RDWR", 2),
    ("AI_PASSIVE", AI_PASSIVE),
    ("AI_CANONNAME", AI_CANONNAME),
    ("AI_NUMERICHOST", AI_NUMERICHOST),
    ("AI_V4MAPPED", 8),
    ("AI_ALL", 16),
    ("AI_ADDRCONFIG", 32),
    ("AI_NUMERICSERV", AI_NUMERICSERV),
    ("NI_NUMERICHOST", socket_names::NI_NUMERICHOST),
    ("NI_NUMERICSERV", socket_names::NI_NUMERICSERV),
    ("MSG_OOB", 1),
    ("MSG_PEEK", 2),
    ("MSG_DONTROUTE", 4),
    ("MSG_CTRUNC", 8),
    ("MSG_TRUNC", 32),
    ("MSG_DONTWAIT", 64),
    ("MSG_EOR", 128),
    ("MSG_WAITALL", 256),
    ("MSG_CONFIRM", 2048),
    ("MSG_ERRQUEUE", 8192),
    ("MSG_NOSIGNAL", 16384),
    ("MSG_MORE", 32768),
    ("MSG_FASTOPEN", 536870912),
    ("MSG_CMSG_CLOEXEC", 1073741824),
    ("SOMAXCONN", 4096),
    // getaddrinfo's error numbers (glibc's `EAI_*`), what a `gaierror`'s errno is compared with.
    ("EAI_BADFLAGS", -1),
    ("EAI_NONAME", -2),
    ("EAI_AGAIN", -3),
    ("EAI_FAIL", -4),
    ("EAI_NODATA", -5),
    ("EAI_FAMILY", -6),
    ("EAI_SOCKTYPE", -7),
    ("EAI_SERVICE", -8),
    ("EAI_ADDRFAMILY", -9),
    ("EAI_MEMORY", -10),
    ("EAI_SYSTEM", -11),
    ("EAI_OVERFLOW", -12),
    ("NI_NOFQDN", socket_names::NI_NOFQDN),
    ("NI_NAMEREQD", socket_names::NI_NAMEREQD),
    ("NI_DGRAM", socket_names::NI_DGRAM),
    ("NI_MAXHOST", socket_names::NI_MAXHOST),
    ("NI_MAXSERV", socket_names::NI_MAXSERV),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("socketpair", socketpair),
    ("getaddrinfo", getaddrinfo),
    ("gethostname", gethostname),
    ("gethostbyname", gethostbyname),
    ("getdefaulttimeout", getdefaulttimeout),
    ("setdefaulttimeout", setdefaulttimeout),
    ("inet_aton", inet_aton),
    ("inet_ntoa", inet_ntoa),
    ("htons", socket_byte_order::htons),
    ("ntohs", socket_byte_order::ntohs),
    ("htonl", socket_byte_order::htonl),
    ("ntohl", socket_byte_order::ntohl),
    ("inet_pton", inet_pton),
    ("create_connection", create_connection),
    ("getnameinfo", socket_names::getnameinfo),
    ("gethostbyaddr", socket_names::gethostbyaddr),
    ("getservbyname", socket_names::getservbyname),
    ("getservbyport", socket_names::getservbyport),
    ("getprotobyname", socket_names::getprotobyname),
];

const SOCKET_CLASS: NativeClass = NativeClass {
    module: "socket",
    name: "socket",
    methods: &[
        ("bind", sock_bind),
        ("listen", sock_listen),
        ("accept", sock_accept),
        ("connect", sock_connect),
        ("connect_ex", sock_connect_ex),
        ("send", sock_send),
        ("sendall", sock_sendall),
        ("sendto", sock_sendto),
        ("recv", sock_recv),
        ("recv_into", sock_recv_into),
        ("recvfrom", sock_recvfrom),
        ("recvfrom_into", sock_recvfrom_into),
        ("makefile", sock_makefile),
        ("sendfile", sock_sendfile),
        ("dup", sock_dup),
        ("recvmsg", sock_recvmsg),
        ("sendmsg", sock_sendmsg),
        ("shutdown", sock_shutdown),
        ("close", sock_close),
        ("_decref_socketios", sock_decref_socketios),
        ("detach", sock_detach),
        ("fileno", sock_fileno),
        ("setblocking", sock_setblocking),
        ("getblocking", sock_getblocking),
        ("settimeout", sock_settimeout),
        ("gettimeout", sock_gettimeout),
        ("getsockname", sock_getsockname),
        ("getpeername", sock_getpeername),
        ("setsockopt", sock_setsockopt),
        ("getsockopt", sock_getsockopt),
        ("get_inheritable", sock_get_inheritable),
        ("set_inheritable", sock_set_inheritable),
        ("recvmsg_into", sock_recvmsg_into),
        ("sendmsg_afalg", sock_sendmsg_afalg),
        ("__enter__", sock_enter),
        ("__exit__", sock_exit),
        ("__init__", sock_init),
    ],
    new: Some(sock_new),
};

/// The state of a socket object.
pub struct SockObj {
    /// -1 once closed.
    pub fd: i64,
    pub family: i64,
    pub kind: i64,
    pub proto: i64,
    /// `None`: blocking; `Some(0.0)`: non-blocking; else the timeout in seconds.
    pub timeout: Option<f64>,
    /// Options set with `setsockopt`, as the bytes `getsockopt` reads back (an int option as
    /// a little-endian C int), by (level, option). A list: a socket has one or two (asyncio
    /// sets `TCP_NODELAY` on each), and a map's first node cost 450 bytes per socket.
    options: Vec<((i64, i64), Vec<u8>)>,
    pub closed: bool,
    /// Files `makefile()` made over the socket and not yet closed (CPython's `_io_refs`):
    /// `close()` leaves the fd open for them, and the last one's close closes it.
    io_refs: usize,
    /// `close()` was called while files were open on the socket.
    close_pending: bool,
    /// `set_inheritable()`'s flag (sockets are made non-inheritable; no process inherits
    /// them here, but the flag reads back).
    inheritable: bool,
    /// Where a socket object dropped without `close()` leaves its fd, for the kernel to close
    /// at the next system call (CPython closes it when the object dies).
    dropped: super::net::DroppedFds,
}

impl SockObj {
    /// What `setsockopt` stored for (level, option).
    fn option(&self, key: (i64, i64)) -> Option<&[u8]> {
        self.options.iter().find(|(k, _)| *k == key).map(|(_, raw)| raw.as_slice())
    }

    fn set_option(&mut self, key: (i64, i64), raw: Vec<u8>) {
        match self.options.iter_mut().find(|(k, _)| *k == key) {
            Some((_, stored)) => *stored = raw,
            None => {
                // One at a time: the list's first growth would make room for four.
                self.options.reserve_exact(1);
                self.options.push((key, raw));
            }
        }
    }
}

impl Drop for SockObj {
    fn drop(&mut self) {
        if self.fd >= 0 {
            self.dropped.borrow_mut().push(self.fd as u32);
        }
    }
}

pub fn make_module(vm: &mut Vm) -> Rc<ModuleObj> {
    let module = native_module("_socket", FUNCTIONS);
    for (name, value) in CONSTANTS {
        module.set(name, Value::Int(*value));
    }
    let class = vm.native_class(&SOCKET_CLASS);
    add_timeout_member(vm, &class);
    module.set("socket", Value::Class(class.clone()));
    module.set("SocketType", Value::Class(class));
    module.set("error", Value::Class(vm.types.exc(ExcKind::OSError).clone()));
    module.set("timeout", Value::Class(vm.types.exc(ExcKind::TimeoutError).clone()));
    for name in ["gaierror", "herror"] {
        let class = error_class(vm, name);
        module.set(name, Value::Class(class));
    }
    module.set("has_ipv6", Value::Bool(false));
    module
}

/// `sock.timeout`: the read-only member `gettimeout()` reads.
fn add_timeout_member(vm: &mut Vm, class: &Rc<crate::vm::objects::ClassObj>) {
    let getter = class.dict.borrow().get(&crate::vm::names::ByName("gettimeout")).cloned();
    let Some(getter) = getter else { return };
    let property = vm.new_getter_property(getter);
    class.dict.borrow_mut().insert("timeout".into(), property);
}

/// `socket.gaierror` / `socket.herror`: subclasses of `OSError`.
fn error_class(vm: &mut Vm, name: &'static str) -> Rc<crate::vm::objects::ClassObj> {
    if let Some(c) = vm.native_classes.get(&("socket", name)) {
        return c.clone();
    }
    let base = vm.types.exc(ExcKind::OSError).clone();
    let class = new_builtin_class(
        name,
        "socket",
        vec![base],
        crate::vm::objects::BuiltinType::BaseException,
    );
    vm.native_classes.insert(("socket", name), class.clone());
    class
}

/// `socket.herror`, made with the module.
pub fn herror_class(vm: &mut Vm) -> Value {
    Value::Class(error_class(vm, "herror"))
}

/// `socket.gaierror`, made with the module.
pub fn gaierror_class(vm: &mut Vm) -> Option<Value> {
    Some(Value::Class(error_class(vm, "gaierror")))
}

fn new_socket_value(vm: &mut Vm, fd: Fd, family: i64, kind: i64, proto: i64) -> Value {
    let class = vm.native_class(&SOCKET_CLASS);
    let state = socket_state(vm, fd.0 as i64, family, kind, proto);
    let v = vm.new_native(class, NativeState::Socket(RefCell::new(state)));
    announce_socket(vm, &v, fd, family, kind, proto);
    v
}

/// A socket object's state for `fd` (-1: not opened), with the default timeout.
fn socket_state(vm: &Vm, fd: i64, family: i64, kind: i64, proto: i64) -> SockObj {
    SockObj {
        fd,
        family,
        kind,
        proto,
        timeout: vm.net.default_timeout,
        options: Vec::new(),
        closed: false,
        io_refs: 0,
        close_pending: false,
        inheritable: false,
        dropped: vm.net.dropped.clone(),
    }
}

/// What a newly opened socket object shows: the trace's events for its fd, and its
/// `family`, `type` and `proto` attributes.
fn announce_socket(vm: &mut Vm, v: &Value, fd: Fd, family: i64, kind: i64, proto: i64) {
    let kind_traced = match (family, kind) {
        (AF_UNIX, _) => SocketKind::Unix,
        (_, SOCK_DGRAM) => SocketKind::Udp,
        _ => SocketKind::Tcp,
    };
    vm.emit(Event::SocketNew { fd: fd.0, kind: kind_traced });
    record_state(vm, fd);
    let family_value = enum_member(vm, "AddressFamily", family);
    let kind_value = enum_member(vm, "SocketKind", kind);
    if let Value::Instance(inst) = v {
        let mut d = inst.dict.borrow_mut();
        d.insert("family".into(), family_value);
        d.insert("type".into(), kind_value);
        d.insert("proto".into(), Value::Int(proto));
        // socket.py's slot, which `close()` sets.
        d.insert("_closed".into(), Value::Bool(false));
    }
}

/// The trace's `SocketState` for `fd`: `LISTEN 127.0.0.1:8888`, `ESTABLISHED a -> b`.
fn record_state(vm: &mut Vm, fd: Fd) {
    if !vm.trace.enabled() {
        return;
    }
    let Some(info) = vm.kernel().socket_info(HOST, fd) else { return };
    let state =
        vm.trace.intern_with(|out| write_state_text(out, info.state, info.local, info.peer));
    vm.emit(Event::SocketState { fd: fd.0, state });
}

/// A socket's state as the trace says it: `LISTEN 127.0.0.1:8888`, `ESTABLISHED a -> b`.
pub(crate) fn write_state_text(
    out: &mut String,
    state: &str,
    local: Option<loopscope_kernel::SockAddr>,
    peer: Option<loopscope_kernel::SockAddr>,
) {
    out.push_str(state);
    if let Some(local) = local {
        out.push(' ');
        write_host_port(out, local);
    }
    if let Some(peer) = peer {
        out.push_str(" -> ");
        write_host_port(out, peer);
    }
}

/// `127.0.0.1:8888`, as the trace names an endpoint (written by hand: the trace writes one
/// per packet and per socket change, and `core::fmt` costs a thousand instructions a time).
pub(crate) fn write_host_port(out: &mut String, address: loopscope_kernel::SockAddr) {
    write_dotted_quad(out, address.ip);
    out.push(':');
    loopscope_pyfmt::push_u64(out, u64::from(address.port));
}

/// `socket.AddressFamily(value)` (or `SocketKind`), as CPython's `socket.family` answers;
/// the int itself when `socket` was not imported or has no such member.
fn enum_member(vm: &mut Vm, enum_name: &'static str, value: i64) -> Value {
    if let Some(member) = vm.net.enum_members.get(&(enum_name, value)) {
        return member.clone();
    }
    let Some(module) = vm.modules.get("socket").cloned() else { return Value::Int(value) };
    let member = vm
        .get_attr(&module, enum_name)
        .and_then(|class| vm.call(&class, Args::positional(&[Value::Int(value)])));
    match member {
        Ok(member) => {
            vm.net.enum_members.insert((enum_name, value), member.clone());
            member
        }
        Err(_) => Value::Int(value),
    }
}

pub(crate) fn int_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        // An `IntEnum` member (`socket.AF_INET`) is an int.
        Value::Instance(_)
            if matches!(crate::vm::builtin_subclass::base_of(v), Some(Value::Int(_))) =>
        {
            match crate::vm::builtin_subclass::base_of(v) {
                Some(Value::Int(i)) => Ok(*i),
                _ => Ok(0),
            }
        }
        other => Err(vm.new_error(
            ExcKind::TypeError,
            &format!("'{}' object cannot be interpreted as an integer{what}", vm.type_name(other)),
        )),
    }
}

fn arg<'a>(args: &'a Args, i: usize, name: &str) -> Option<&'a Value> {
    args.pos.get(i).or_else(|| args.keyword(name))
}

/// What `socket(family, type, proto, fileno)` asks for, checked (`args.pos[0]` is the class
/// for `__new__`, the instance for `__init__`).
struct SocketSpec {
    family: i64,
    /// The type without `SOCK_NONBLOCK`/`SOCK_CLOEXEC`.
    base: i64,
    proto: i64,
    sock_type: SockType,
    nonblocking: bool,
}

/// `socket.socket(...)`: a new socket of the native class, opened at once. For a program's
/// subclass, an unopened socket of that class, which its `__init__` (this class's, through
/// `super().__init__(...)` or inherited) opens: CPython's `sock_new` ignores the arguments,
/// so a subclass's `__init__` may take others.
fn sock_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let native = vm.native_class(&SOCKET_CLASS);
    if let Some(Value::Class(class)) = args.pos.first() {
        if !Rc::ptr_eq(class, &native) {
            let state = socket_state(vm, -1, 0, 0, 0);
            return Ok(vm.new_native(class.clone(), NativeState::Socket(RefCell::new(state))));
        }
    }
    let spec = socket_spec(vm, &args)?;
    let fd = vm.kernel().socket(HOST, spec.sock_type).map_err(|e| vm.os_error(e))?;
    let v = new_socket_value(vm, fd, spec.family, spec.base, spec.proto);
    if spec.nonblocking {
        with_sock(vm, &v, |s| s.timeout = Some(0.0))?;
    }
    Ok(v)
}

/// `socket.socket.__init__(self, family, type, proto, fileno)`: opens the socket an
/// instance of a subclass was made without (see `sock_new`).
fn sock_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let spec = socket_spec(vm, &args)?;
    let fd = vm.kernel().socket(HOST, spec.sock_type).map_err(|e| vm.os_error(e))?;
    let mut state = socket_state(vm, fd.0 as i64, spec.family, spec.base, spec.proto);
    if spec.nonblocking {
        state.timeout = Some(0.0);
    }
    // A socket opened twice leaves its first fd to the kernel, as a dropped socket does.
    with_sock(vm, &this, |s| *s = state)?;
    announce_socket(vm, &this, fd, spec.family, spec.base, spec.proto);
    Ok(Value::None)
}

fn socket_spec(vm: &mut Vm, args: &Args) -> PyResult<SocketSpec> {
    let args = *args;
    let family = match arg(&args, 1, "family") {
        None | Some(Value::None) => AF_INET,
        Some(v) => int_arg(vm, v, "")?,
    };
    let kind = match arg(&args, 2, "type") {
        None | Some(Value::None) => SOCK_STREAM,
        Some(v) => int_arg(vm, v, "")?,
    };
    let proto = match arg(&args, 3, "proto") {
        None | Some(Value::None) => 0,
        Some(v) => int_arg(vm, v, "")?,
    };
    if let Some(f) = arg(&args, 4, "fileno") {
        if !f.is_none() {
            return Err(unsupported(vm, "`socket.socket(fileno=...)`"));
        }
    }
    let base = kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC);
    match family {
        AF_INET => {}
        AF_INET6 => return Err(unsupported(vm, "`socket.socket(AF_INET6)` (IPv6)")),
        AF_UNIX => return Err(unsupported(vm, "`socket.socket(AF_UNIX)` (only socketpair())")),
        _ => return Err(vm.os_error(Errno::EAFNOSUPPORT)),
    }
    let sock_type = match base {
        SOCK_STREAM => SockType::Stream,
        SOCK_DGRAM => SockType::Dgram,
        SOCK_RAW => return Err(unsupported(vm, "raw sockets (`SOCK_RAW`)")),
        _ => return Err(vm.os_error(Errno::EINVAL)),
    };
    Ok(SocketSpec { family, base, proto, sock_type, nonblocking: kind & SOCK_NONBLOCK != 0 })
}

fn unsupported(vm: &Vm, what: &str) -> PyErr {
    // The stop words "is not supported yet" itself, at the program's line (a library frame,
    // socket.py's, may be the caller).
    vm.unsupported_now(what)
}

/// Runs `f` on the socket object's state.
fn with_sock<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut SockObj) -> R) -> PyResult<R> {
    if let Value::Instance(inst) = v {
        if let Some(NativeState::Socket(cell)) = inst.native.as_deref() {
            return Ok(f(&mut cell.borrow_mut()));
        }
    }
    Err(vm.new_error(
        ExcKind::TypeError,
        &format!("descriptor requires a 'socket' object but received '{}'", vm.type_name(v)),
    ))
}

/// The socket's fd, family, type and timeout (`EBADF` once closed).
fn open_sock(vm: &mut Vm, args: &Args) -> PyResult<(Fd, i64, i64, Option<f64>)> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let (fd, family, kind, timeout) =
        with_sock(vm, &this, |s| (s.fd, s.family, s.kind, s.timeout))?;
    if fd < 0 {
        return Err(vm.os_error(Errno::EBADF));
    }
    Ok((Fd(fd as u32), family, kind, timeout))
}

/// How a blocking call waits for its fd.
struct Blocking<'a> {
    fd: Fd,
    timeout: Option<f64>,
    want: Events,
    what: &'a str,
}

impl Vm {
    /// Runs a socket call the way its mode says: non-blocking, the kernel's `EAGAIN` is
    /// `BlockingIOError`; blocking, the kernel runs until the fd is ready (virtual time
    /// passes, the loop is blocked) and the call is made again; with a timeout,
    /// `TimeoutError('timed out')` when it runs out.
    fn blocking_call<T>(
        &mut self,
        b: Blocking<'_>,
        mut op: impl FnMut(&mut Kernel) -> Result<T, Errno>,
    ) -> PyResult<T> {
        let deadline = b.timeout.filter(|t| *t > 0.0).map(|t| self.clock.now() + t);
        // The call ran before and its wait timed out (T9): it raises without trying.
        if self.threads.active() && self.take_net_wait_timed_out() {
            return Err(self.new_error(ExcKind::TimeoutError, "timed out"));
        }
        loop {
            let result = op(self.kernel());
            // The buffers this call changed show at its step (an accepted socket's come with
            // the next call: its `socket_new` is not recorded yet).
            if b.what != "accept" {
                self.record_socket_buffers();
            }
            match result {
                Ok(v) => return Ok(v),
                Err(Errno::EAGAIN) if b.timeout != Some(0.0) => {}
                Err(e) => return Err(self.os_error(e)),
            }
            self.wait_for_fd(&b, deadline)?;
        }
    }

    /// A blocking call's wait: the kernel runs until `b.fd` is ready for `b.want`.
    fn wait_for_fd(&mut self, b: &Blocking<'_>, deadline: Option<f64>) -> PyResult<()> {
        if self.threads.active() {
            return self.wait_for_fd_in_thread(b, deadline);
        }
        let start = self.clock.now();
        let left = deadline.map(|d| time::from_seconds((d - start).max(0.0)));
        let waited = self.kernel().wait_fd(HOST, b.fd, b.want, left);
        let now = time::to_seconds(self.kernel().now());
        self.clock.jump_to(now);
        let blocked = self.clock.now() - start;
        if self.thread.running_loop.is_some() {
            let message = format!(
                "socket.{}() is a blocking call: it blocked the event loop for {blocked:.3} seconds (no other callback could run); asyncio code uses loop.sock_{}() or streams",
                b.what, b.what
            );
            self.record_diagnostic(DiagnosticKind::SlowCallback, &message);
        }
        match waited {
            Ok(FdWait::Ready) => Ok(()),
            Ok(FdWait::TimedOut) => Err(self.new_error(ExcKind::TimeoutError, "timed out")),
            Ok(FdWait::Never) => {
                let message = format!(
                    "Deadlock: socket.{}() on fd {} blocks, and nothing in flight can ever wake it (a blocking socket call blocks the whole event loop, so no other task can answer it).\n",
                    b.what, b.fd.0
                );
                self.record_diagnostic(DiagnosticKind::Deadlock, &message);
                Err(PyErr::Abort(Rc::new(Abort::Deadlock(message))))
            }
            Err(e) => Err(self.os_error(e)),
        }
    }

    /// A blocking call's wait while other threads exist (T9): the thread blocks and the
    /// others run until its socket is ready or its deadline passes. Called directly by a
    /// `CALL`, it blocks green and the call runs again when the thread resumes; otherwise it
    /// waits nested, and `blocking_call` tries again.
    fn wait_for_fd_in_thread(&mut self, b: &Blocking<'_>, deadline: Option<f64>) -> PyResult<()> {
        if self.kernel().fd_ready(HOST, b.fd, b.want).unwrap_or(true) {
            return Ok(());
        }
        let waiter = NetWaiter::Socket(b.fd, b.want);
        match self.block_on_network(waiter, deadline, None)? {
            true => Ok(()),
            false => Err(self.new_error(ExcKind::TimeoutError, "timed out")),
        }
    }

    /// A Python address `(host, port)` as the kernel's.
    fn sock_addr(&mut self, v: &Value, what: &str) -> PyResult<SockAddr> {
        let Value::Tuple(t) = v else {
            return Err(self.new_error(
                ExcKind::TypeError,
                &format!("{what}(): AF_INET address must be tuple, not {}", self.type_name(v)),
            ));
        };
        let [host, port] = &t.items[..] else {
            return Err(
                self.new_error(ExcKind::TypeError, "AF_INET address must be a pair (host, port)")
            );
        };
        let host = match host {
            Value::Str(s) => s.as_str().to_string(),
            other => {
                return Err(self.new_error(
                    ExcKind::TypeError,
                    &format!("str, bytes or bytearray expected, not {}", self.type_name(other)),
                ))
            }
        };
        let port = int_arg(self, port, "")?;
        if !(0..=65535).contains(&port) {
            return Err(
                self.new_error(ExcKind::OverflowError, &format!("{what}(): port must be 0-65535."))
            );
        }
        let ip = self.resolve_host(&host)?;
        Ok(SockAddr::new(ip, port as u16))
    }

    /// A host as `socket` methods take it: `''` is any address, else a number or a name.
    pub(crate) fn resolve_host(&mut self, host: &str) -> PyResult<Ipv4Addr> {
        if host.is_empty() {
            return Ok(Ipv4Addr::UNSPECIFIED);
        }
        if host == "<broadcast>" {
            return Ok(Ipv4Addr::BROADCAST);
        }
        if let Ok(ip) = host.parse::<Ipv4Addr>() {
            return Ok(ip);
        }
        // CPython's setipaddr asks for AF_INET addresses only (`::1` is of the wrong family).
        let hints = Hints { family: AF_INET as i32, ..Hints::of(SockType::Stream) };
        match self.kernel().getaddrinfo(Some(host), Service::None, hints) {
            Ok(answers) => match answers.first() {
                Some(a) => Ok(a.addr.ip),
                None => Err(self.gai_error(loopscope_kernel::GaiError::NoName)),
            },
            Err(e) => Err(self.gai_error(e)),
        }
    }
}

/// `('127.0.0.1', 8888)`.
pub fn addr_value(a: SockAddr) -> Value {
    Value::tuple(vec![Value::string(dotted_quad(a.ip)), Value::Int(a.port as i64)])
}

/// `127.0.0.1`: what `Ipv4Addr`'s `Display` writes, without the formatting machinery (every
/// connection's `getsockname`/`getpeername`/`accept` makes one).
fn dotted_quad(ip: Ipv4Addr) -> String {
    let mut text = String::with_capacity(15);
    write_dotted_quad(&mut text, ip);
    text
}

/// `dotted_quad(ip)` appended to `out`.
fn write_dotted_quad(out: &mut String, ip: Ipv4Addr) {
    for (i, octet) in ip.octets().into_iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        loopscope_pyfmt::push_u64(out, u64::from(octet));
    }
}

fn sock_bind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    let addr = args.pos.get(1).cloned().unwrap_or(Value::None);
    let addr = vm.sock_addr(&addr, "bind")?;
    vm.kernel().bind(HOST, fd, addr).map_err(|e| vm.os_error(e))?;
    record_state(vm, fd);
    Ok(Value::None)
}

fn sock_listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    let backlog = match args.pos.get(1) {
        Some(v) => int_arg(vm, v, "")?.clamp(0, 4096) as i32,
        None => 128,
    };
    vm.kernel().listen(HOST, fd, backlog).map_err(|e| vm.os_error(e))?;
    record_state(vm, fd);
    Ok(Value::None)
}

fn sock_accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, family, kind, timeout) = open_sock(vm, &args)?;
    let b = Blocking { fd, timeout, want: Events::READ, what: "accept" };
    let (conn, peer) = vm.blocking_call(b, |k| k.accept(HOST, fd))?;
    let proto = with_sock(vm, &args.pos[0], |s| s.proto)?;
    let sock = new_socket_value(vm, conn, family, kind, proto);
    // `socket.accept()`: with no default timeout the new socket is blocking.
    if vm.net.default_timeout.is_none() {
        with_sock(vm, &sock, |s| s.timeout = None)?;
    }
    Ok(Value::tuple(vec![sock, addr_value(peer)]))
}

/// `connect` without raising: the errno, 0 when connected.
fn connect_errno(vm: &mut Vm, args: &Args, what: &str) -> PyResult<Result<(), Errno>> {
    let (fd, _, _, timeout) = open_sock(vm, args)?;
    let addr = args.pos.get(1).cloned().unwrap_or(Value::None);
    let addr = vm.sock_addr(&addr, what)?;
    let result = connect_then_wait(vm, fd, addr, timeout);
    record_state(vm, fd);
    result
}

fn connect_then_wait(
    vm: &mut Vm,
    fd: Fd,
    addr: SockAddr,
    timeout: Option<f64>,
) -> PyResult<Result<(), Errno>> {
    match vm.kernel().connect(HOST, fd, addr) {
        Ok(()) => return Ok(Ok(())),
        Err(Errno::EINPROGRESS) if timeout == Some(0.0) => return Ok(Err(Errno::EINPROGRESS)),
        Err(Errno::EINPROGRESS) => {}
        Err(e) => return Ok(Err(e)),
    }
    let deadline = timeout.filter(|t| *t > 0.0).map(|t| vm.clock.now() + t);
    let b = Blocking { fd, timeout, want: Events::WRITE, what: "connect" };
    vm.wait_for_fd(&b, deadline)?;
    // Linux's blocking connect reports how the handshake ended as a second call would (the
    // error, or success), so that a further `connect` is "already connected".
    Ok(vm.kernel().connect(HOST, fd, addr))
}

fn sock_connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match connect_errno(vm, &args, "connect")? {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn sock_connect_ex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match connect_errno(vm, &args, "connect_ex")? {
        Ok(()) => Ok(Value::Int(0)),
        Err(e) => Ok(Value::Int(e.code() as i64)),
    }
}

fn data_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    let v = v.cloned().unwrap_or(Value::None);
    let data = vm.require_bytes(&v)?.to_vec();
    Ok(data)
}

fn sock_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, timeout) = open_sock(vm, &args)?;
    // Borrowed, not copied: a transport sends from its whole write buffer (megabytes) and
    // the kernel takes a segment's worth. A blocking wait runs only the kernel, never Python
    // code that could touch the buffer.
    let arg = args.pos.get(1).cloned().unwrap_or(Value::None);
    let data = vm.require_bytes(&arg)?;
    let timeout = send_flags(vm, args.pos.get(2), "send")?.timeout(timeout);
    let b = Blocking { fd, timeout, want: Events::WRITE, what: "send" };
    let n = vm.blocking_call(b, |k| k.send(HOST, fd, &data))?;
    Ok(Value::Int(n as i64))
}

fn sock_sendall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, timeout) = open_sock(vm, &args)?;
    let data = data_arg(vm, args.pos.get(1))?;
    let timeout = send_flags(vm, args.pos.get(2), "sendall")?.timeout(timeout);
    let mut sent = 0;
    while sent < data.len() {
        let b = Blocking { fd, timeout, want: Events::WRITE, what: "sendall" };
        sent += vm.blocking_call(b, |k| k.send(HOST, fd, &data[sent..]))?;
    }
    Ok(Value::None)
}

fn sock_sendto(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, timeout) = open_sock(vm, &args)?;
    let data = data_arg(vm, args.pos.get(1))?;
    let (flags, addr) = match args.pos.len() {
        3 => (None, args.pos[2].clone()),
        4 => (Some(&args.pos[2]), args.pos[3].clone()),
        n => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("sendto() takes 2 or 3 arguments ({} given)", n.saturating_sub(1)),
            ))
        }
    };
    let timeout = send_flags(vm, flags, "sendto")?.timeout(timeout);
    let addr = vm.sock_addr(&addr, "sendto")?;
    let b = Blocking { fd, timeout, want: Events::WRITE, what: "sendto" };
    let n = vm.blocking_call(b, |k| k.sendto(HOST, fd, &data, addr))?;
    Ok(Value::Int(n as i64))
}

fn bufsize_arg(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<usize> {
    let Some(v) = v else {
        return Err(vm.new_error(
            ExcKind::TypeError,
            &format!("{what}() takes at least 1 argument (0 given)"),
        ));
    };
    let n = int_arg(vm, v, "")?;
    if n < 0 {
        return Err(vm.new_error(ExcKind::ValueError, &format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

fn sock_recv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, timeout) = open_sock(vm, &args)?;
    let n = bufsize_arg(vm, args.pos.get(1), "recv")?;
    let flags = recv_flags(vm, args.pos.get(2), "recv")?;
    let (data, _) =
        read_call(vm, Blocking { fd, timeout, want: Events::READ, what: "recv" }, n, flags)?;
    Ok(Value::bytes(data))
}

fn sock_recvfrom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, timeout) = open_sock(vm, &args)?;
    let n = bufsize_arg(vm, args.pos.get(1), "recvfrom")?;
    let flags = recv_flags(vm, args.pos.get(2), "recvfrom")?;
    let b = Blocking { fd, timeout, want: Events::READ, what: "recvfrom" };
    let (data, from) = read_call(vm, b, n, flags)?;
    let from = from.map(addr_value).unwrap_or(Value::None);
    Ok(Value::tuple(vec![Value::bytes(data), from]))
}

const MSG_PEEK: i64 = 2;
const MSG_DONTWAIT: i64 = 64;
const MSG_NOSIGNAL: i64 = 16384;

/// The `flags` argument of a send or receive call.
#[derive(Clone, Copy)]
struct CallFlags {
    /// `MSG_PEEK`: the data stays queued.
    peek: bool,
    /// `MSG_DONTWAIT`: this call does not wait, even on a blocking socket.
    dont_wait: bool,
}

impl CallFlags {
    /// The timeout the call waits with: a blocking socket's call under `MSG_DONTWAIT` is a
    /// non-blocking one (a socket with a timeout still waits for readiness, as CPython polls
    /// before it calls).
    fn timeout(self, timeout: Option<f64>) -> Option<f64> {
        if self.dont_wait && timeout.is_none() {
            Some(0.0)
        } else {
            timeout
        }
    }
}

/// The flags of `recv`-like calls: `MSG_PEEK` and `MSG_DONTWAIT`.
fn recv_flags(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<CallFlags> {
    call_flags(vm, v, what, MSG_PEEK | MSG_DONTWAIT, "MSG_PEEK and MSG_DONTWAIT")
}

/// The flags of `send`-like calls: `MSG_DONTWAIT`, and `MSG_NOSIGNAL` (Python ignores
/// `SIGPIPE` anyway, so a broken pipe is an `EPIPE` either way).
fn send_flags(vm: &mut Vm, v: Option<&Value>, what: &str) -> PyResult<CallFlags> {
    call_flags(vm, v, what, MSG_DONTWAIT | MSG_NOSIGNAL, "MSG_DONTWAIT and MSG_NOSIGNAL")
}

fn call_flags(
    vm: &mut Vm,
    v: Option<&Value>,
    what: &str,
    known: i64,
    known_names: &str,
) -> PyResult<CallFlags> {
    let flags = match v {
        Some(v) => int_arg(vm, v, "")?,
        None => 0,
    };
    if flags & !known != 0 {
        return Err(unsupported(vm, &format!("`socket.{what}()` flags other than {known_names}")));
    }
    Ok(CallFlags { peek: flags & MSG_PEEK != 0, dont_wait: flags & MSG_DONTWAIT != 0 })
}

/// One receive of at most `n` bytes, and the sender when the socket has one (UDP).
fn read_call(
    vm: &mut Vm,
    b: Blocking<'_>,
    n: usize,
    flags: CallFlags,
) -> PyResult<(Vec<u8>, Option<SockAddr>)> {
    let fd = b.fd;
    let b = Blocking { timeout: flags.timeout(b.timeout), ..b };
    if flags.peek {
        vm.blocking_call(b, |k| k.peek(HOST, fd, n))
    } else {
        vm.blocking_call(b, |k| k.recvfrom(HOST, fd, n))
    }
}

/// Methods CPython's sockets have and these do not: "not supported yet", not an
/// `AttributeError`.
/// `sock.makefile(...)`: Python in CPython (`socket.py`), and here too: `lib/socket.py`'s
/// `_makefile`, called with the socket first.
fn sock_makefile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(module) = super::library::find("socket") else {
        return Err(vm.internal_error("socket is not embedded"));
    };
    let module = vm.import_library_cached(module)?;
    let makefile = vm.get_attr(&module, "_makefile")?;
    let file = vm.call(&makefile, args)?;
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_sock(vm, &this, |s| s.io_refs += 1)?;
    Ok(file)
}

macro_rules! unsupported_methods {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, _args: Args) -> PyResult<Value> {
            Err(unsupported(vm, concat!("`socket.", $name, "()`")))
        })*
    };
}

unsupported_methods! {
    sock_sendfile => "sendfile",
    sock_dup => "dup",
    sock_recvmsg => "recvmsg",
    sock_sendmsg => "sendmsg",
    sock_recvmsg_into => "recvmsg_into",
    sock_sendmsg_afalg => "sendmsg_afalg",
}

fn sock_get_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_sock(vm, &args)?;
    with_sock(vm, &args.pos[0], |s| Value::Bool(s.inheritable))
}

fn sock_set_inheritable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_sock(vm, &args)?;
    let flag = args.pos.get(1).cloned().unwrap_or(Value::None);
    let inheritable = vm.truthy(&flag)?;
    with_sock(vm, &args.pos[0], |s| s.inheritable = inheritable)?;
    Ok(Value::None)
}

fn sock_recv_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = recv_into_common(vm, &args, "recv_into", false)?;
    Ok(Value::Int(n as i64))
}

fn sock_recvfrom_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, from) = recv_into_common(vm, &args, "recvfrom_into", true)?;
    Ok(Value::tuple(vec![Value::Int(n as i64), from.map(addr_value).unwrap_or(Value::None)]))
}

/// `recv_into(buffer, nbytes=0)` / `recvfrom_into`: the bytes written and the sender.
fn recv_into_common(
    vm: &mut Vm,
    args: &Args,
    what: &'static str,
    with_sender: bool,
) -> PyResult<(usize, Option<SockAddr>)> {
    let (fd, _, _, timeout) = open_sock(vm, args)?;
    let target = args.pos.get(1).or(args.keyword("buffer")).cloned().unwrap_or(Value::None);
    let room = match &target {
        Value::ByteArray(b) => b.data.borrow().len(),
        Value::MemoryView(m) if !m.readonly() => m.len,
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "{what}() argument 1 must be read-write bytes-like object, not {}",
                    vm.arg_type_name(other)
                ),
            ))
        }
    };
    let n = match args.pos.get(2).or(args.keyword("nbytes")) {
        Some(v) => int_arg(vm, v, "")?,
        None => 0,
    };
    if n < 0 {
        return Err(vm.new_error(ExcKind::ValueError, &format!("negative buffersize in {what}")));
    }
    let n = if n == 0 { room } else { n as usize };
    if n > room {
        return Err(vm.new_error(ExcKind::ValueError, "buffer too small for requested bytes"));
    }
    let flags = recv_flags(vm, args.pos.get(3).or(args.keyword("flags")), what)?;
    let (data, from) = read_call(vm, Blocking { fd, timeout, want: Events::READ, what }, n, flags)?;
    write_into(&target, &data);
    Ok((data.len(), from.filter(|_| with_sender)))
}

/// Writes `data` at the start of a writable buffer.
fn write_into(target: &Value, data: &[u8]) {
    match target {
        Value::ByteArray(b) => {
            let mut d = b.data.borrow_mut();
            let n = data.len().min(d.len());
            d[..n].copy_from_slice(&data[..n]);
        }
        Value::MemoryView(m) => {
            if let Value::ByteArray(b) = &m.source {
                let mut d = b.data.borrow_mut();
                for (k, byte) in data.iter().enumerate().take(m.len) {
                    let at = m.start as isize + k as isize * m.step;
                    if let Some(slot) = usize::try_from(at).ok().and_then(|i| d.get_mut(i)) {
                        *slot = *byte;
                    }
                }
            }
        }
        _ => {}
    }
}

fn sock_shutdown(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    let how = match args.pos.get(1) {
        Some(v) => int_arg(vm, v, "")?,
        None => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "socket.shutdown() takes exactly one argument (0 given)",
            ))
        }
    };
    let how = match how {
        0 => Shutdown::Read,
        1 => Shutdown::Write,
        2 => Shutdown::Both,
        _ => return Err(vm.os_error(Errno::EINVAL)),
    };
    vm.kernel().shutdown(HOST, fd, how).map_err(|e| vm.os_error(e))?;
    record_state(vm, fd);
    Ok(Value::None)
}

fn sock_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(inst) = &this {
        inst.dict.borrow_mut().insert("_closed".into(), Value::Bool(true));
    }
    // A file from makefile() still open keeps the fd (`socket.close` in CPython's socket.py).
    let files_open = with_sock(vm, &this, |s| {
        s.close_pending = s.io_refs > 0;
        s.close_pending
    })?;
    if files_open {
        return Ok(Value::None);
    }
    real_close(vm, &this)
}

/// `sock._decref_socketios()`: a file from makefile() closed; the last one closes a socket
/// whose `close()` was already called.
fn sock_decref_socketios(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let close_now = with_sock(vm, &this, |s| {
        s.io_refs = s.io_refs.saturating_sub(1);
        s.close_pending && s.io_refs == 0
    })?;
    if close_now {
        real_close(vm, &this)?;
    }
    Ok(Value::None)
}

/// Closes the socket's fd (CPython's `_real_close`).
fn real_close(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let fd = with_sock(vm, this, |s| {
        s.closed = true;
        s.close_pending = false;
        std::mem::replace(&mut s.fd, -1)
    })?;
    if fd >= 0 {
        // Closing an fd the kernel already dropped is not the program's error.
        let _ = vm.kernel().close(HOST, Fd(fd as u32));
        vm.emit(Event::SocketClose { fd: fd as u32 });
    }
    Ok(Value::None)
}

fn sock_detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let fd = with_sock(vm, &this, |s| {
        s.closed = true;
        std::mem::replace(&mut s.fd, -1)
    })?;
    Ok(Value::Int(fd))
}

fn sock_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_sock(vm, &this, |s| Value::Int(s.fd))
}

fn sock_setblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(flag) = args.pos.get(1) else {
        let message = "socket.setblocking() takes exactly one argument (0 given)";
        return Err(vm.new_error(ExcKind::TypeError, message));
    };
    // CPython reads the flag as a C int (`_PyLong_AsInt`): an int or a bool, nothing else.
    let blocking = int_arg(vm, flag, "")? != 0;
    let fd = with_sock(vm, &this, |s| {
        s.timeout = if blocking { None } else { Some(0.0) };
        s.fd
    })?;
    closed_after_setting(vm, fd)
}

fn sock_getblocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_sock(vm, &this, |s| Value::Bool(s.timeout != Some(0.0)))
}

fn timeout_value(vm: &Vm, v: &Value) -> PyResult<Option<f64>> {
    let t = match v {
        Value::None => return Ok(None),
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Float(f) => *f,
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("'{}' object cannot be interpreted as an integer", vm.type_name(other)),
            ))
        }
    };
    if t.is_nan() {
        return Err(vm.new_error(ExcKind::ValueError, "Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(vm.new_error(ExcKind::ValueError, "Timeout value out of range"));
    }
    Ok(Some(t))
}

fn sock_settimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let t = timeout_value(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    let fd = with_sock(vm, &this, |s| {
        s.timeout = t;
        s.fd
    })?;
    closed_after_setting(vm, fd)
}

/// `settimeout`/`setblocking` keep the new mode, then set the fd's `O_NONBLOCK`, which a
/// closed socket's fd (-1) refuses with EBADF.
fn closed_after_setting(vm: &mut Vm, fd: i64) -> PyResult<Value> {
    if fd < 0 {
        return Err(vm.os_error(Errno::EBADF));
    }
    Ok(Value::None)
}

fn sock_gettimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    with_sock(vm, &this, |s| s.timeout.map(Value::Float).unwrap_or(Value::None))
}

fn sock_getsockname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    match vm.kernel().getsockname(HOST, fd) {
        Ok(Some(a)) => Ok(addr_value(a)),
        Ok(None) => Ok(Value::str("")),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn sock_getpeername(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    match vm.kernel().getpeername(HOST, fd) {
        Ok(Some(a)) => Ok(addr_value(a)),
        Ok(None) => Ok(Value::str("")),
        Err(e) => Err(vm.os_error(e)),
    }
}

fn sock_setsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, _, _, _) = open_sock(vm, &args)?;
    let (Some(level), Some(opt), Some(value)) = (args.pos.get(1), args.pos.get(2), args.pos.get(3))
    else {
        let given = args.pos.len().saturating_sub(1);
        let message = format!("setsockopt() takes exactly 3 arguments ({given} given)");
        return Err(vm.new_error(ExcKind::TypeError, &message));
    };
    let level = int_arg(vm, level, "")?;
    let opt = int_arg(vm, opt, "")?;
    if (level, opt) == (SOL_SOCKET, SO_TYPE)
        || (level, opt) == (SOL_SOCKET, SO_ERROR)
        || !linux_knows_option(level, opt)
    {
        return Err(vm.os_error(Errno::ENOPROTOOPT));
    }
    let raw = match value {
        Value::Int(_) | Value::Bool(_) => {
            let n = int_arg(vm, value, "")?;
            let n = if is_boolean_option(level, opt) { i64::from(n != 0) } else { n };
            (n as i32).to_le_bytes().to_vec()
        }
        other => match buffer(other) {
            Some(b) => b.to_vec(),
            None => {
                let message =
                    format!("a bytes-like object is required, not '{}'", vm.type_name(other));
                return Err(vm.new_error(ExcKind::TypeError, &message));
            }
        },
    };
    let kernel_opt = match (level, opt) {
        (SOL_SOCKET, SO_REUSEADDR) => Some(SockOpt::ReuseAddr(option_int(&raw) != 0)),
        // `struct.pack('ii', onoff, linger)`: on with a zero linger time resets on close.
        (SOL_SOCKET, SO_LINGER) => {
            let secs = raw.get(4..8).map_or(0, option_int);
            Some(SockOpt::LingerZero(option_int(&raw) != 0 && secs == 0))
        }
        (SOL_SOCKET, SO_BROADCAST) => Some(SockOpt::Broadcast(option_int(&raw) != 0)),
        (SOL_SOCKET, SO_REUSEPORT) => Some(SockOpt::ReusePort(option_int(&raw) != 0)),
        _ => None,
    };
    if let Some(o) = kernel_opt {
        vm.kernel().setsockopt(HOST, fd, o).map_err(|e| vm.os_error(e))?;
    }
    let this = args.pos[0].clone();
    with_sock(vm, &this, |s| s.set_option((level, opt), raw))?;
    Ok(Value::None)
}

/// Options Linux stores as a flag: any nonzero value reads back as 1.
fn is_boolean_option(level: i64, opt: i64) -> bool {
    const SO_DONTROUTE: i64 = 5;
    const SO_OOBINLINE: i64 = 10;
    match level {
        SOL_SOCKET => matches!(
            opt,
            SO_REUSEADDR | SO_DONTROUTE | SO_BROADCAST | SO_KEEPALIVE | SO_OOBINLINE | SO_REUSEPORT
        ),
        IPPROTO_TCP => opt == TCP_NODELAY,
        _ => false,
    }
}

/// An option's value as `getsockopt` without a buffer length reads it: a C int.
fn option_int(raw: &[u8]) -> i64 {
    let mut int = [0u8; 4];
    for (slot, byte) in int.iter_mut().zip(raw) {
        *slot = *byte;
    }
    i64::from(i32::from_le_bytes(int))
}

/// Whether Linux has an option of this number at this level: one past the last it defines
/// is `ENOPROTOOPT` ("Protocol not available"). (The numbers in between are Linux 6's.)
fn linux_knows_option(level: i64, opt: i64) -> bool {
    const IPPROTO_IP: i64 = 0;
    match level {
        SOL_SOCKET => (1..=78).contains(&opt),
        IPPROTO_TCP => (1..=37).contains(&opt),
        IPPROTO_IP => (1..=50).contains(&opt),
        _ => true,
    }
}

fn sock_getsockopt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fd, family, kind, _) = open_sock(vm, &args)?;
    let (Some(level), Some(opt)) = (args.pos.get(1), args.pos.get(2)) else {
        return Err(vm.new_error(ExcKind::TypeError, "getsockopt() takes at least 2 arguments"));
    };
    let level = int_arg(vm, level, "")?;
    let opt = int_arg(vm, opt, "")?;
    let buflen = match args.pos.get(3) {
        Some(v) => Some(int_arg(vm, v, "")?),
        None => None,
    };
    let modelled = match (level, opt) {
        (SOL_SOCKET, SO_ERROR) => match vm.kernel().take_error(HOST, fd) {
            Ok(e) => Some(e.map(|e| e.code() as i64).unwrap_or(0)),
            Err(e) => return Err(vm.os_error(e)),
        },
        (SOL_SOCKET, SO_TYPE) => Some(kind),
        (SOL_SOCKET, SO_SNDBUF) => Some(vm.kernel().config().send_buffer as i64),
        (SOL_SOCKET, SO_RCVBUF) => Some(vm.kernel().config().recv_buffer as i64),
        (SOL_SOCKET, SO_DOMAIN) => Some(family),
        (SOL_SOCKET, SO_PROTOCOL) => Some(match kind & 0xf {
            SOCK_STREAM => IPPROTO_TCP,
            SOCK_DGRAM => IPPROTO_UDP,
            _ => 0,
        }),
        _ if !linux_knows_option(level, opt) => return Err(vm.os_error(Errno::ENOPROTOOPT)),
        _ => None,
    };
    let raw = match modelled {
        Some(n) => (n as i32).to_le_bytes().to_vec(),
        None => {
            let this = args.pos[0].clone();
            let stored = with_sock(vm, &this, |s| s.option((level, opt)).map(<[u8]>::to_vec))?;
            stored.unwrap_or_else(|| default_option(level, opt))
        }
    };
    match buflen {
        // A length of 0 is no length, as CPython reads it.
        None | Some(0) => Ok(Value::Int(option_int(&raw))),
        Some(n) if !(1..=1024).contains(&n) => {
            Err(vm.new_error(ExcKind::OSError, "getsockopt buflen out of range"))
        }
        Some(n) => Ok(Value::bytes(raw[..raw.len().min(n as usize)].to_vec())),
    }
}

/// The bytes an option not set yet reads as: Linux's defaults (a zero `struct linger` or
/// `struct timeval`; keep-alive after 7200 s, every 75 s, 9 probes; a TTL of 64), else a
/// zero int.
fn default_option(level: i64, opt: i64) -> Vec<u8> {
    const IPPROTO_IP: i64 = 0;
    let int = |n: i32| n.to_le_bytes().to_vec();
    match (level, opt) {
        (SOL_SOCKET, SO_LINGER) => vec![0; 8],
        (SOL_SOCKET, SO_RCVTIMEO | SO_SNDTIMEO) => vec![0; 16],
        (SOL_SOCKET, SO_RCVLOWAT | SO_SNDLOWAT) => int(1),
        (IPPROTO_TCP, TCP_MAXSEG) => int(536),
        (IPPROTO_TCP, TCP_KEEPIDLE) => int(7200),
        (IPPROTO_TCP, TCP_KEEPINTVL) => int(75),
        (IPPROTO_TCP, TCP_KEEPCNT) => int(9),
        (IPPROTO_TCP, TCP_QUICKACK) => int(1),
        (IPPROTO_IP, IP_TTL) => int(64),
        (IPPROTO_IP, IP_MULTICAST_TTL | IP_MULTICAST_LOOP) => int(1),
        _ => vec![0; 4],
    }
}

fn sock_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

fn sock_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    sock_close(vm, Args::positional(&[this]))?;
    Ok(Value::None)
}

/// `repr(sock)`: `<socket.socket fd=6, family=2, type=1, proto=0, laddr=('127.0.0.1', 8888)>`,
/// named after the object's class (`<__main__.LoggingSocket fd=...`).
pub fn socket_repr(vm: &Vm, class: &ClassObj, s: &RefCell<SockObj>) -> String {
    let (fd, family, kind, proto, closed) = {
        let s = s.borrow();
        // Closed for the program once `close()` ran, whether or not a file keeps the fd.
        (s.fd, s.family, s.kind, s.proto, s.closed || s.close_pending)
    };
    let mut out = format!(
        "<{}.{}{} fd={fd}, family={family}, type={kind}, proto={proto}",
        class.module,
        class.qualname,
        if closed { " [closed]" } else { "" }
    );
    // Read-only: a repr (the trace's labels too) must change nothing, not even the kernel.
    if let (false, true, Some(kernel)) = (closed, fd >= 0, vm.net.kernel_ref()) {
        let fd = Fd(fd as u32);
        if let Ok(Some(a)) = kernel.getsockname(HOST, fd) {
            out.push_str(&format!(", laddr={a}"));
        }
        if let Ok(Some(a)) = kernel.getpeername(HOST, fd) {
            out.push_str(&format!(", raddr={a}"));
        }
    }
    out.push('>');
    out
}

fn socketpair(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let family = match arg(&args, 0, "family") {
        None | Some(Value::None) => AF_UNIX,
        Some(v) => int_arg(vm, v, "")?,
    };
    if family != AF_UNIX {
        return Err(unsupported(vm, "`socket.socketpair()` of a family other than AF_UNIX"));
    }
    let kind = match arg(&args, 1, "type") {
        None | Some(Value::None) => SOCK_STREAM,
        Some(v) => int_arg(vm, v, "")?,
    };
    // The kernel's Unix pairs are streams: message boundaries (SOCK_DGRAM, SOCK_SEQPACKET)
    // would be lost, so such a pair stops the run rather than behave differently.
    if kind & !(SOCK_NONBLOCK | SOCK_CLOEXEC) != SOCK_STREAM {
        let what = "`socket.socketpair()` of a type other than SOCK_STREAM (message boundaries)";
        return Err(unsupported(vm, what));
    }
    let (a, b) = vm.kernel().socketpair(HOST).map_err(|e| vm.os_error(e))?;
    let a = new_socket_value(vm, a, AF_UNIX, SOCK_STREAM, 0);
    let b = new_socket_value(vm, b, AF_UNIX, SOCK_STREAM, 0);
    Ok(Value::tuple(vec![a, b]))
}

fn getaddrinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let host = arg(&args, 0, "host").cloned().unwrap_or(Value::None);
    let port = arg(&args, 1, "port").cloned().unwrap_or(Value::None);
    let number = |index: usize, name: &str| match arg(&args, index, name) {
        Some(v) => int_arg(vm, v, ""),
        None => Ok(0),
    };
    let family = number(2, "family")?;
    let socktype = number(3, "type")?;
    let protocol = number(4, "proto")?;
    let flags = number(5, "flags")?;
    let hints = Hints {
        family: family as i32,
        socktype: socktype as i32,
        protocol: protocol as i32,
        passive: flags & AI_PASSIVE != 0,
        numeric_host: flags & AI_NUMERICHOST != 0,
        numeric_service: flags & AI_NUMERICSERV != 0,
        canonical_name: flags & AI_CANONNAME != 0,
    };
    resolve(vm, &host, &port, hints)
}

/// `socket.getaddrinfo` (the loop's `getaddrinfo` calls it too).
pub fn resolve(vm: &mut Vm, host: &Value, port: &Value, hints: Hints) -> PyResult<Value> {
    let host_text = match host {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(&b.data).into_owned()),
        other => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!(
                    "getaddrinfo() argument 1 must be string or None, not {}",
                    vm.type_name(other)
                ),
            ))
        }
    };
    let port_text;
    let service = match port {
        Value::None => Service::None,
        Value::Int(p) if (0..=65535).contains(p) => Service::Port(*p as u16),
        Value::Int(_) => {
            return Err(vm.new_error(ExcKind::OverflowError, "getaddrinfo(): port must be 0-65535."))
        }
        Value::Str(s) => {
            port_text = s.as_str().to_string();
            Service::Name(&port_text)
        }
        _ => return Err(vm.new_error(ExcKind::OSError, "Int or String expected")),
    };
    let ipv6_host = host_text.as_deref().is_some_and(loopscope_kernel::is_ipv6_literal);
    if ipv6_host && hints.family != AF_INET as i32 {
        // glibc answers it as AF_INET6; an AF_INET query is refused by the kernel, as glibc does.
        return Err(unsupported(vm, "`getaddrinfo()` of an IPv6 address"));
    }
    if host_text.is_none() && service != Service::None && hints.family == AF_INET6 as i32 {
        // glibc answers `::1` (or `::`), an address of a family the network does not have.
        return Err(unsupported(vm, "`getaddrinfo(None, ..., AF_INET6)` (IPv6 addresses)"));
    }
    let answers = vm.kernel().getaddrinfo(host_text.as_deref(), service, hints);
    let answers = answers.map_err(|e| vm.gai_error(e))?;
    // `AI_CANONNAME` names the host in the first answer only.
    let canonical = match &host_text {
        Some(name) if hints.canonical_name => loopscope_kernel::canonical_name(name),
        _ => String::new(),
    };
    Ok(Value::list(
        answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| {
                Value::tuple(vec![
                    Value::Int(a.family.code() as i64),
                    Value::Int(a.socktype as i64),
                    Value::Int(a.protocol as i64),
                    Value::str(if i == 0 { &canonical } else { "" }),
                    addr_value(a.addr),
                ])
            })
            .collect(),
    ))
}

/// The program's host name (`gethostname()`).
const HOSTNAME: &str = "loopscope";

fn gethostname(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::str(HOSTNAME))
}

fn gethostbyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let host = socket_names::host_text(vm, &args, "gethostbyname")?;
    let ip = vm.resolve_host(&host)?;
    Ok(Value::string(dotted_quad(ip)))
}

fn getdefaulttimeout(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.net.default_timeout.map(Value::Float).unwrap_or(Value::None))
}

fn setdefaulttimeout(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = timeout_value(vm, args.pos.first().unwrap_or(&Value::None))?;
    vm.net.default_timeout = t;
    Ok(Value::None)
}

fn inet_aton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        let message = format!("inet_aton() takes exactly 1 argument ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let text = match &args.pos[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let message =
                format!("inet_aton() argument 1 must be str, not {}", vm.arg_type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
    };
    match loopscope_kernel::hosts::inet_aton(&text) {
        Some(ip) => Ok(Value::bytes(ip.octets().to_vec())),
        None => {
            Err(vm.new_error(ExcKind::OSError, "illegal IP address string passed to inet_aton"))
        }
    }
}

/// `inet_pton(AF_INET, text)`: glibc's strict dotted quad (four decimal parts, no leading
/// zeros, no spaces), unlike `inet_aton`. asyncio asks it whether a host needs resolving.
fn inet_pton(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        let message = format!("inet_pton() takes exactly 2 arguments ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let family = int_arg(vm, &args.pos[0], "")?;
    let text = match &args.pos[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            let what = vm.arg_type_name(other);
            return Err(vm.new_error(
                ExcKind::TypeError,
                &format!("inet_pton() argument 2 must be str, not {what}"),
            ));
        }
    };
    match family {
        AF_INET => match strict_dotted_quad(&text) {
            Some(ip) => Ok(Value::bytes(ip.octets().to_vec())),
            None => {
                Err(vm.new_error(ExcKind::OSError, "illegal IP address string passed to inet_pton"))
            }
        },
        AF_INET6 => Err(vm.unsupported_now("`socket.inet_pton(AF_INET6, ...)` (IPv6)")),
        _ => Err(vm.os_error(Errno::EAFNOSUPPORT)),
    }
}

/// glibc's `inet_pton4`: exactly four parts of ASCII digits, each at most 255, and a part
/// starting with 0 is that 0 alone.
fn strict_dotted_quad(text: &str) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut parts = text.split('.');
    for octet in octets.iter_mut() {
        let part = parts.next()?;
        let well_formed = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && !(part.len() > 1 && part.starts_with('0'));
        if !well_formed {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    parts.next().is_none().then(|| Ipv4Addr::from(octets))
}

fn inet_ntoa(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = data_arg(vm, args.pos.first())?;
    let Ok(octets) = <[u8; 4]>::try_from(data.as_slice()) else {
        return Err(vm.new_error(ExcKind::OSError, "packed IP wrong length for inet_ntoa"));
    };
    Ok(Value::string(dotted_quad(Ipv4Addr::from(octets))))
}

/// `socket.create_connection((host, port), timeout=None)`: a blocking TCP connection.
fn create_connection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let address = arg(&args, 0, "address").cloned().unwrap_or(Value::None);
    // CPython's first step is `host, port = address`, with that statement's errors.
    let mut address = Value::tuple(vm.unpack(&address, 2, None)?);
    // A port given as a string ("8080", "http") or None goes through getaddrinfo, as
    // CPython's create_connection sends every address: the first answer's address.
    if let Value::Tuple(pair) = &address {
        if !matches!(pair.items[1], Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            let hints = Hints { family: AF_INET as i32, ..Hints::of(SockType::Stream) };
            let answers = resolve(vm, &pair.items[0], &pair.items[1], hints)?;
            let first = vm.collect(&answers)?.into_iter().next();
            if let Some(Value::Tuple(info)) = first {
                address = info.items[4].clone();
            }
        }
    }
    if names_ipv6_host(&address) {
        // CPython's getaddrinfo (family 0) would answer it and open an AF_INET6 socket.
        return Err(unsupported(vm, "`socket.create_connection()` to an IPv6 address"));
    }
    let class = Value::Class(vm.native_class(&SOCKET_CLASS));
    // CPython opens the socket with getaddrinfo's answer for SOCK_STREAM, whose proto is TCP's
    // (the repr and `sock.proto` show 6, where `socket.socket()` shows 0).
    let kind = [Value::Int(AF_INET), Value::Int(SOCK_STREAM), Value::Int(IPPROTO_TCP)];
    let sock = vm.call(&class, Args::positional(&kind))?;
    if let Some(t) = arg(&args, 1, "timeout") {
        let t = timeout_value(vm, t)?;
        with_sock(vm, &sock, |s| s.timeout = t)?;
    }
    // `source_address`: the local address to connect from (skipped when falsy, as CPython's).
    if let Some(source) = arg(&args, 2, "source_address").cloned() {
        if vm.truthy(&source)? {
            if let Err(e) = sock_bind(vm, Args::positional(&[sock.clone(), source])) {
                sock_close(vm, Args::positional(&[sock]))?;
                return Err(e);
            }
        }
    }
    let connected = connect_errno(vm, &Args::positional(&[sock.clone(), address]), "connect");
    match connected {
        Ok(Ok(())) => Ok(sock),
        Ok(Err(e)) => {
            sock_close(vm, Args::positional(&[sock]))?;
            Err(vm.os_error(e))
        }
        Err(e) => {
            sock_close(vm, Args::positional(&[sock]))?;
            Err(e)
        }
    }
}

/// Whether an address tuple's host is an IPv6 address (`('::1', 80)`).
fn names_ipv6_host(address: &Value) -> bool {
    match address {
        Value::Tuple(items) => match items.items.first() {
            Some(Value::Str(host)) => loopscope_kernel::is_ipv6_literal(host.as_str()),
            _ => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::dotted_quad;
    use std::net::Ipv4Addr;

    #[test]
    fn dotted_quad_writes_what_display_does() {
        for ip in [[127, 0, 0, 1], [0, 0, 0, 0], [255, 255, 255, 255], [10, 9, 100, 200]] {
            let ip = Ipv4Addr::from(ip);
            assert_eq!(dotted_quad(ip), ip.to_string());
        }
    }
}
