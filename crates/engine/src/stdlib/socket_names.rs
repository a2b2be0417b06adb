//! `socket`'s reverse lookups and services and protocols databases: `getnameinfo`,
//! `gethostbyaddr`, `getservbyname`, `getservbyport` and `getprotobyname` (`getfqdn` is
//! Python, as in CPython: `lib/socket.py`), answered from the simulated network's hosts
//! (`127.0.0.1` is `localhost`, a declared host has its name) and the reference machine's
//! `/etc/services` and `/etc/protocols` (`loopscope_kernel::servdb`, `protodb`), with
//! CPython's argument errors.

use super::socket_module::int_arg;
use crate::vm::value::Value;
use crate::vm::{Args, PyErr, PyResult, Vm};
use crate::ExcKind;
use loopscope_kernel::{GaiError, NameInfoFlags, SockAddr, Transport};
use std::net::Ipv4Addr;

/// `getnameinfo`'s flags, as the module's constants.
pub const NI_NUMERICHOST: i64 = 1;
pub const NI_NUMERICSERV: i64 = 2;
pub const NI_NOFQDN: i64 = 4;
pub const NI_NAMEREQD: i64 = 8;
pub const NI_DGRAM: i64 = 16;
pub const NI_MAXHOST: i64 = 1025;
pub const NI_MAXSERV: i64 = 32;

/// `socket.getnameinfo(sockaddr, flags)`.
pub fn getnameinfo(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 || args.has_keywords() {
        let message = format!("getnameinfo() takes exactly 2 arguments ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let Value::Tuple(sockaddr) = &args.pos[0] else {
        return Err(vm.new_error(ExcKind::TypeError, "getnameinfo() argument 1 must be a tuple"));
    };
    let flags = int_arg(vm, &args.pos[1], "")?;
    let illegal =
        |vm: &mut Vm| vm.new_error(ExcKind::TypeError, "getnameinfo(): illegal sockaddr argument");
    let items = &sockaddr.items;
    if !(2..=4).contains(&items.len()) {
        return Err(illegal(vm));
    }
    let Value::Str(host) = &items[0] else { return Err(illegal(vm)) };
    let port = int_arg(vm, &items[1], "")?;
    for extra in &items[2..] {
        int_arg(vm, extra, "")?;
    }
    // CPython parses the address with `getaddrinfo(host, port, AI_NUMERICHOST)` first.
    let ip = loopscope_kernel::hosts::inet_aton(host.as_str())
        .ok_or_else(|| vm.gai_error(GaiError::NoName))?;
    if port < 0 {
        return Err(vm.gai_error(GaiError::Service));
    }
    if items.len() > 2 {
        return Err(vm.new_error(ExcKind::OSError, "IPv4 sockaddr must be 2 tuple"));
    }
    let flags = NameInfoFlags {
        numeric_host: flags & NI_NUMERICHOST != 0,
        numeric_service: flags & NI_NUMERICSERV != 0,
        name_required: flags & NI_NAMEREQD != 0,
        datagram: flags & NI_DGRAM != 0,
    };
    // A port past 65535 wraps as the 16-bit `sin_port` it is stored in.
    let addr = SockAddr::new(ip, port as u16);
    match vm.kernel().getnameinfo(addr, flags) {
        Ok((host, service)) => Ok(Value::tuple(vec![Value::str(&host), Value::str(&service)])),
        Err(e) => Err(vm.gai_error(e)),
    }
}

/// `socket.gethostbyaddr(ip_address)`: `(name, aliases, addresses)`.
pub fn gethostbyaddr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = host_text(vm, &args, "gethostbyaddr")?;
    let ip = vm.resolve_host(&name)?;
    match vm.kernel().name_of_ip(ip) {
        Some(found) => Ok(host_triple(&found, ip)),
        None => Err(herror(vm)),
    }
}

/// `socket.getprotobyname(protocolname)`: the protocol's number in `/etc/protocols`
/// (`loopscope_kernel::protodb`), as `socket.socket`'s third argument takes it.
pub fn getprotobyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::vm::call::no_keywords(vm, "getprotobyname", &args)?;
    if args.pos.len() != 1 {
        let message =
            format!("getprotobyname() takes exactly 1 argument ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    let Value::Str(name) = &args.pos[0] else {
        let message = format!(
            "getprotobyname() argument 1 must be str, not {}",
            vm.arg_type_name(&args.pos[0])
        );
        return Err(vm.new_error(ExcKind::TypeError, &message));
    };
    if name.as_str().contains('\0') {
        return Err(vm.new_error(ExcKind::ValueError, "embedded null character"));
    }
    match loopscope_kernel::protodb::number_of(name.as_str()) {
        Some(number) => Ok(Value::Int(i64::from(number))),
        None => Err(vm.new_error(ExcKind::OSError, "protocol not found")),
    }
}

/// `socket.getservbyname(servicename[, protocolname])`.
pub fn getservbyname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let message =
                format!("getservbyname() argument 1 must be str, not {}", vm.arg_type_name(other));
            return Err(vm.new_error(ExcKind::TypeError, &message));
        }
        None => {
            return Err(vm.new_error(
                ExcKind::TypeError,
                "getservbyname() takes at least 1 argument (0 given)",
            ))
        }
    };
    let found = match transport_arg(vm, args.pos.get(1), "getservbyname")? {
        Some(transport) => loopscope_kernel::servdb::port_of(&name, transport),
        None => None,
    };
    match found {
        Some(port) => Ok(Value::Int(port as i64)),
        None => Err(vm.new_error(ExcKind::OSError, "service/proto not found")),
    }
}

/// `socket.getservbyport(port[, protocolname])`.
pub fn getservbyport(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(port) = args.pos.first() else {
        return Err(
            vm.new_error(ExcKind::TypeError, "getservbyport() takes at least 1 argument (0 given)")
        );
    };
    let port = int_arg(vm, port, "")?;
    if !(0..=65535).contains(&port) {
        return Err(vm.new_error(ExcKind::OverflowError, "getservbyport: port must be 0-65535."));
    }
    let found = match transport_arg(vm, args.pos.get(1), "getservbyport")? {
        Some(transport) => loopscope_kernel::servdb::name_of(port as u16, transport),
        None => None,
    };
    match found {
        Some(name) => Ok(Value::str(name)),
        None => Err(vm.new_error(ExcKind::OSError, "port/proto not found")),
    }
}

/// A protocol name argument: absent is any transport (an explicit None is refused, as
/// CPython's "|s" format refuses it), `Some(None)` one that `/etc/services` lists nothing for.
fn transport_arg(
    vm: &mut Vm,
    v: Option<&Value>,
    function: &str,
) -> PyResult<Option<Option<Transport>>> {
    match v {
        None => Ok(Some(None)),
        Some(Value::Str(s)) => Ok(match s.as_str() {
            "tcp" => Some(Some(Transport::Tcp)),
            "udp" => Some(Some(Transport::Udp)),
            _ => None,
        }),
        Some(other) => {
            let message =
                format!("{function}() argument 2 must be str, not {}", vm.arg_type_name(other));
            Err(vm.new_error(ExcKind::TypeError, &message))
        }
    }
}

/// The one host argument of `gethostbyname` and `gethostbyaddr`: `str`, `bytes` or
/// `bytearray` (CPython's "et" format).
pub(crate) fn host_text(vm: &mut Vm, args: &Args, function: &str) -> PyResult<String> {
    crate::vm::call::no_keywords(vm, function, args)?;
    if args.pos.len() != 1 {
        let message = format!("{function}() takes exactly 1 argument ({} given)", args.pos.len());
        return Err(vm.new_error(ExcKind::TypeError, &message));
    }
    match &args.pos[0] {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(&b.data).into_owned()),
        Value::ByteArray(b) => Ok(String::from_utf8_lossy(&b.data.borrow()).into_owned()),
        other => {
            let message = format!(
                "{function}() argument 1 must be str, bytes or bytearray, not {}",
                vm.arg_type_name(other)
            );
            Err(vm.new_error(ExcKind::TypeError, &message))
        }
    }
}

fn host_triple(name: &str, ip: Ipv4Addr) -> Value {
    Value::tuple(vec![
        Value::str(name),
        Value::list(Vec::new()),
        Value::list(vec![Value::str(&ip.to_string())]),
    ])
}

/// `socket.herror(1, 'Unknown host')`: glibc's `HOST_NOT_FOUND`.
fn herror(vm: &mut Vm) -> PyErr {
    let class = super::socket_module::herror_class(vm);
    match vm.call(&class, Args::positional(&[Value::Int(1), Value::str("Unknown host")])) {
        Ok(exc) => PyErr::Exception(exc),
        Err(err) => err,
    }
}
