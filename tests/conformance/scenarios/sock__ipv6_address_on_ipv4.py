# An IPv6 address where only IPv4 can go: an AF_INET getaddrinfo query for '::1' (or a
# scoped 'fe80::1%lo'), and connect/bind/sendto on an AF_INET socket, all fail with glibc's
# EAI_ADDRFAMILY gaierror (-9), not "Name or service not known" (an IPv4-mapped
# "::ffff:a.b.c.d" is its IPv4 address there); an IPv4 address asked for
# as AF_INET6 fails the same way.
import socket

def attempt(what, call, *args):
    try:
        print(what, call(*args))
    except OSError as e:
        print(what, "->", type(e).__name__, e.errno, e, e.errno == socket.EAI_ADDRFAMILY)

attempt("getaddrinfo ::1 AF_INET", socket.getaddrinfo, "::1", 80, socket.AF_INET)
attempt("getaddrinfo scoped AF_INET", socket.getaddrinfo, "fe80::1%lo", 80, socket.AF_INET)
attempt("getaddrinfo 127.0.0.1 AF_INET6", socket.getaddrinfo, "127.0.0.1", 80, socket.AF_INET6)
attempt("getaddrinfo [::1]", socket.getaddrinfo, "[::1]", 80)

tcp = socket.socket()
attempt("connect", tcp.connect, ("::1", 80))
attempt("connect_ex mapped", tcp.connect_ex, ("::ffff:127.0.0.1", 80))
attempt("getaddrinfo mapped AF_INET", socket.getaddrinfo, "::ffff:10.1.2.3", 80, socket.AF_INET, socket.SOCK_STREAM)
attempt("getaddrinfo v4-compatible AF_INET", socket.getaddrinfo, "::7f00:1", 80, socket.AF_INET)
attempt("bind", tcp.bind, ("::", 0))
tcp.close()
udp = socket.socket(type=socket.SOCK_DGRAM)
attempt("sendto", udp.sendto, b"x", ("::1", 9))
udp.close()
