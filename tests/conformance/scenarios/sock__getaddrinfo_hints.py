# getaddrinfo's hints as glibc reads them: proto alone picks its socket type, a type that
# cannot carry the protocol is EAI_SOCKTYPE, a raw socket takes no port, a service name
# answers only the transports /etc/services lists, AI_CANONNAME names the host in the first
# answer; missing names, AI_NUMERICSERV/AI_NUMERICHOST, AI_CANONNAME without a host and
# families other than AF_INET/AF_INET6 fail with their own gaierror.
import socket

def show(host, port, **hints):
    try:
        answers = socket.getaddrinfo(host, port, **hints)
    except socket.gaierror as e:
        print(host, port, hints, "->", repr(e), e.errno == socket.EAI_SERVICE)
        return
    print(host, port, hints, "->", [(t.name, p, addr) for _, t, p, _, addr in answers])

show("127.0.0.1", 80)
show("127.0.0.1", 80, proto=socket.IPPROTO_TCP)
show("127.0.0.1", "8080", proto=socket.IPPROTO_UDP)
show("127.0.0.1", 80, type=socket.SOCK_STREAM, proto=socket.IPPROTO_UDP)
show("127.0.0.1", 80, type=socket.SOCK_RAW)
show("127.0.0.1", None, type=socket.SOCK_RAW, proto=socket.IPPROTO_TCP)
show("127.0.0.1", 80, type=socket.SOCK_SEQPACKET)
for name in ["http", "https", "domain", "ssh", "echo"]:
    show("localhost", name)
    show("localhost", name, type=socket.SOCK_DGRAM)
show("127.0.0.1", "http", flags=socket.AI_NUMERICSERV)
show("localhost", 80, flags=socket.AI_NUMERICHOST)
show("127.0.0.1", "http", flags=socket.AI_PASSIVE)
show(None, None)
show("127.0.0.1", 80, family=socket.AF_UNIX)
show("127.0.0.1", 80, family=socket.AF_INET6)
show("127.0.0.1", "no-such-service", family=socket.AF_INET6)
for host in ("LOCALHOST", "127.1"):
    print([canon for _, _, _, canon, _ in socket.getaddrinfo(host, 80, flags=socket.AI_CANONNAME)])
show(None, 80, flags=socket.AI_CANONNAME)
