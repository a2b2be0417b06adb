//! Built-in remote services: an echo service, an HTTP/1.1 responder and a slow key-value
//! store a scenario reaches by name with no server code (`net-service=echo@echo.local:7`;
//! every name nobody declared gets an HTTP responder on ports 80 and 443 by default). Each
//! runs on a host of its own on the fabric, with sockets like any program's, driven from the
//! kernel's event queue in virtual time: a socket of a service host that wakes is handled
//! right after the event that woke it, and a service's delay is an event of the queue.
//!
//! The protocols ([`echo`], [`http`], [`kv`]) only turn received bytes into [`Step`]s; this
//! module owns the sockets: accepting, reading, writing what the peer's window allows
//! (a service stops reading while its answers wait, so a slow reader holds it back), and
//! closing.

mod echo;
mod http;
mod kv;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::net::Ipv4Addr;

use crate::addr::{SockAddr, SockType};
use crate::config::ServiceKind;
use crate::errno::Errno;
use crate::fabric::Event;
use crate::fds::Fd;
use crate::hosts::HostId;
use crate::kernel::Kernel;
use crate::socket::SocketId;
use crate::time::Nanos;

/// What a service does next with the bytes a connection received.
#[derive(Debug)]
pub(crate) enum Step {
    /// Nothing complete yet.
    NeedMore,
    /// Do `job` after `delay` (at once when 0); the connection reads nothing meanwhile.
    Reply { delay: Nanos, job: Job },
    /// Close the connection (after what is still to send).
    Close,
}

impl Step {
    fn send(bytes: Vec<u8>, close: bool) -> Step {
        Step::Reply { delay: 0, job: Job::Send { bytes, close } }
    }
}

/// Work a service finishes when its delay is over.
#[derive(Debug)]
pub(crate) enum Job {
    /// Send these bytes, then close if `close`.
    Send { bytes: Vec<u8>, close: bool },
    /// Run a key-value operation and send its answer.
    Kv(kv::Op),
}

/// One running service.
#[derive(Debug)]
struct Instance {
    kind: ServiceKind,
    /// The host's name (what the HTTP configuration and the generated page use).
    name: String,
    store: kv::Store,
}

/// One accepted connection of a service.
#[derive(Debug)]
struct Conn {
    instance: usize,
    host: HostId,
    fd: Fd,
    /// Received, not yet taken by the protocol.
    inbox: Vec<u8>,
    /// Answers the kernel did not take yet (the send buffer was full).
    outbox: VecDeque<u8>,
    /// The job whose delay is running.
    waiting: Option<Job>,
    /// The peer sent its FIN.
    eof: bool,
    /// Close once the outbox is empty.
    closing: bool,
}

/// Every service of the network.
#[derive(Debug, Default)]
pub(crate) struct Services {
    /// The hosts that run a service: their sockets' wake-ups are handled here.
    hosts: BTreeSet<HostId>,
    instances: Vec<Instance>,
    /// Listening TCP sockets and bound UDP sockets → their service.
    listeners: BTreeMap<SocketId, usize>,
    udp: BTreeMap<SocketId, usize>,
    conns: BTreeMap<SocketId, Conn>,
    /// Sockets that woke, in order, each once.
    pending: VecDeque<SocketId>,
    queued: BTreeSet<SocketId>,
    /// Handling the pending sockets now (a call they make that runs the network must not
    /// start handling them again).
    running: bool,
}

impl Services {
    /// Whether `host` runs a service.
    pub(crate) fn serves(&self, host: HostId) -> bool {
        self.hosts.contains(&host)
    }

    /// A socket of a service host woke.
    pub(crate) fn notify(&mut self, socket: SocketId) {
        if self.queued.insert(socket) {
            self.pending.push_back(socket);
        }
    }
}

/// The largest read a service makes at once.
const READ_CHUNK: usize = 64 * 1024;

impl Kernel {
    /// How many listening and bound sockets the services hold (their connections not
    /// counted): what stays when a program closed everything.
    pub fn service_socket_count(&self) -> usize {
        self.services.listeners.len() + self.services.udp.len()
    }

    /// Starts the declared services, in header order.
    pub(crate) fn start_declared_services(&mut self) {
        let declared = self.config.services.declared.clone();
        for decl in declared {
            let host = self.add_host(&decl.host);
            self.start_service(decl.kind, host, decl.port);
        }
    }

    /// Starts the default HTTP service of a name nobody declared, on its ports.
    pub(crate) fn start_unknown_host_service(&mut self, host: HostId) {
        let ports = self.config.services.unknown_host_http_ports.clone();
        for port in ports {
            self.start_service(ServiceKind::Http, host, port);
        }
    }

    /// Listens for `kind` on `host:port` (echo on UDP too). A port already taken is left to
    /// whoever took it.
    fn start_service(&mut self, kind: ServiceKind, host: HostId, port: u16) {
        let name = self.hosts.get(host).map(|h| h.name.clone()).unwrap_or_default();
        let index = self.services.instances.len();
        self.services.instances.push(Instance { kind, name, store: kv::Store::default() });
        self.services.hosts.insert(host);
        let addr = SockAddr::new(Ipv4Addr::UNSPECIFIED, port);
        let backlog = self.config.services.backlog;
        if let Ok(fd) = self.socket(host, SockType::Stream) {
            let listening = self.bind(host, fd, addr).and_then(|()| self.listen(host, fd, backlog));
            match (listening, self.socket_id(host, fd)) {
                (Ok(()), Ok(id)) => {
                    self.services.listeners.insert(id, index);
                }
                _ => {
                    let _ = self.close(host, fd);
                }
            }
        }
        if kind == ServiceKind::Echo {
            if let Ok(fd) = self.socket(host, SockType::Dgram) {
                match (self.bind(host, fd, addr), self.socket_id(host, fd)) {
                    (Ok(()), Ok(id)) => {
                        self.services.udp.insert(id, index);
                    }
                    _ => {
                        let _ = self.close(host, fd);
                    }
                }
            }
        }
    }

    /// Handles the service sockets that woke, until none is left (called after each event).
    pub(crate) fn run_services(&mut self) {
        if self.services.running || self.services.pending.is_empty() {
            return;
        }
        self.services.running = true;
        while let Some(id) = self.services.pending.pop_front() {
            self.services.queued.remove(&id);
            if let Some(&index) = self.services.listeners.get(&id) {
                self.service_accept(id, index);
            } else if let Some(&index) = self.services.udp.get(&id) {
                self.service_datagrams(id, index);
            } else if self.services.conns.contains_key(&id) {
                self.service_pump(id);
            }
        }
        self.services.running = false;
    }

    /// A service's delay ran out: its job is done and the connection goes on.
    pub(crate) fn on_service_timer(&mut self, socket: SocketId) {
        let Some(conn) = self.services.conns.get_mut(&socket) else { return };
        let Some(job) = conn.waiting.take() else { return };
        let instance = conn.instance;
        self.finish_job(socket, instance, job);
        self.services.notify(socket);
    }

    fn finish_job(&mut self, socket: SocketId, instance: usize, job: Job) {
        let (bytes, close) = match job {
            Job::Send { bytes, close } => (bytes, close),
            Job::Kv(op) => match self.services.instances.get_mut(instance) {
                Some(i) => (i.store.apply(op), false),
                None => return,
            },
        };
        if let Some(conn) = self.services.conns.get_mut(&socket) {
            conn.outbox.extend(bytes);
            conn.closing |= close;
        }
    }

    fn service_accept(&mut self, listener: SocketId, instance: usize) {
        let Some(host) = self.sockets.get(&listener).map(|s| s.host) else { return };
        let Some(fd) = self.sockets.get(&listener).and_then(|s| s.fd) else { return };
        while let Ok((conn_fd, _)) = self.accept(host, fd) {
            let Ok(id) = self.socket_id(host, conn_fd) else { continue };
            let conn = Conn {
                instance,
                host,
                fd: conn_fd,
                inbox: Vec::new(),
                outbox: VecDeque::new(),
                waiting: None,
                eof: false,
                closing: false,
            };
            self.services.conns.insert(id, conn);
            // Data may have come with the handshake's last ACK.
            self.services.notify(id);
        }
    }

    /// The echo service's UDP side: every datagram back to its sender.
    fn service_datagrams(&mut self, id: SocketId, _instance: usize) {
        while let Ok((data, from)) = self.udp_recvfrom(id, usize::MAX) {
            let _ = self.udp_sendto(id, &data, from);
        }
    }

    /// Moves a connection on as far as it can go now: sends what waits, reads what came,
    /// lets the protocol answer, closes when it is done.
    fn service_pump(&mut self, id: SocketId) {
        loop {
            // Send what waits; stop reading while the peer does not take it.
            loop {
                let Some(conn) = self.services.conns.get_mut(&id) else { return };
                if conn.outbox.is_empty() {
                    break;
                }
                let chunk = conn.outbox.make_contiguous().to_vec();
                match self.tcp_send(id, &chunk) {
                    Ok(n) => {
                        let Some(conn) = self.services.conns.get_mut(&id) else { return };
                        conn.outbox.drain(..n);
                    }
                    Err(Errno::EAGAIN) => return,
                    Err(_) => return self.service_close(id),
                }
            }
            let Some(conn) = self.services.conns.get_mut(&id) else { return };
            if conn.closing {
                return self.service_close(id);
            }
            if conn.waiting.is_some() {
                return;
            }
            // Read everything that came.
            while !self.services.conns.get(&id).is_none_or(|c| c.eof) {
                match self.tcp_recv(id, READ_CHUNK) {
                    Ok(data) if data.is_empty() => {
                        if let Some(c) = self.services.conns.get_mut(&id) {
                            c.eof = true;
                        }
                    }
                    Ok(data) => {
                        if let Some(c) = self.services.conns.get_mut(&id) {
                            c.inbox.extend(data);
                        }
                    }
                    Err(Errno::EAGAIN) => break,
                    Err(_) => return self.service_close(id),
                }
            }
            match self.service_step(id) {
                Some(Step::NeedMore) | None => {
                    if self.services.conns.get(&id).is_some_and(|c| c.eof) {
                        self.service_close(id);
                    }
                    return;
                }
                Some(Step::Close) => return self.service_close(id),
                Some(Step::Reply { delay: 0, job }) => {
                    let instance = self.services.conns.get(&id).map_or(0, |c| c.instance);
                    self.finish_job(id, instance, job);
                }
                Some(Step::Reply { delay, job }) => {
                    if let Some(c) = self.services.conns.get_mut(&id) {
                        c.waiting = Some(job);
                    }
                    let at = self.now.saturating_add(delay);
                    self.fabric.schedule(at, Event::Service { socket: id });
                    return;
                }
            }
        }
    }

    /// What the connection's protocol makes of its inbox.
    fn service_step(&mut self, id: SocketId) -> Option<Step> {
        let conn = self.services.conns.get_mut(&id)?;
        let instance = self.services.instances.get(conn.instance)?;
        let services = &self.config.services;
        Some(match instance.kind {
            ServiceKind::Echo => echo::step(&mut conn.inbox),
            ServiceKind::Kv => {
                let delay = services.kv_delay(&instance.name);
                let max = services.kv_max_line;
                if !conn.inbox.contains(&b'\n') {
                    return Some(kv::step(&mut conn.inbox, 0, max));
                }
                let rng = &mut self.fabric.rng;
                kv::step(&mut conn.inbox, delay.sample(|| rng.random()), max)
            }
            ServiceKind::Http => match http::parse(&mut conn.inbox, services.http_max_head) {
                http::Parsed::Incomplete => Step::NeedMore,
                http::Parsed::Bad(status) => http::bad_request(status),
                http::Parsed::Request(request) => {
                    let config = services.http_response(&instance.name, request.path());
                    let (bytes, close) = http::answer(&request, &instance.name, &config);
                    let rng = &mut self.fabric.rng;
                    let delay = config.delay.sample(|| rng.random());
                    Step::Reply { delay, job: Job::Send { bytes, close } }
                }
            },
        })
    }

    /// Closes a service's connection: its FIN goes after what it sent.
    fn service_close(&mut self, id: SocketId) {
        let Some(conn) = self.services.conns.remove(&id) else { return };
        let _ = self.close(conn.host, conn.fd);
    }
}
