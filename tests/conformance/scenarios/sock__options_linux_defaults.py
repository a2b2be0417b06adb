# Socket options Linux has and the simulated kernel keeps: constants, Linux's defaults
# before a program sets them, values read back, and ENOPROTOOPT for an option Linux lacks.
import socket
import struct

print(socket.SO_RCVTIMEO, socket.TCP_KEEPIDLE, socket.IP_TTL, socket.INADDR_ANY,
      socket.IP_ADD_MEMBERSHIP, socket.INADDR_LOOPBACK, socket.IPPROTO_ICMP)
tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for level, name in [(socket.IPPROTO_TCP, "TCP_KEEPIDLE"), (socket.IPPROTO_TCP, "TCP_KEEPINTVL"),
                    (socket.IPPROTO_TCP, "TCP_KEEPCNT"), (socket.IPPROTO_IP, "IP_TTL"),
                    (socket.IPPROTO_TCP, "TCP_MAXSEG"), (socket.SOL_SOCKET, "SO_RCVLOWAT"),
                    (socket.SOL_SOCKET, "SO_DOMAIN"), (socket.SOL_SOCKET, "SO_PROTOCOL")]:
    print(name, tcp.getsockopt(level, getattr(socket, name)))
print(udp.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL),
      udp.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL))
print(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16))
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
tcp.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
tcp.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 10)
tcp.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", 2, 500000))
print(tcp.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
      tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
      tcp.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
      struct.unpack("ll", tcp.getsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, 16)))
udp.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 2)
print(udp.getsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL))
for attempt in (lambda: tcp.getsockopt(socket.SOL_SOCKET, 9999),
                lambda: tcp.setsockopt(socket.SOL_SOCKET, 9999, 1),
                lambda: tcp.getsockopt(socket.IPPROTO_TCP, 500)):
    try:
        attempt()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
tcp.close()
udp.close()
