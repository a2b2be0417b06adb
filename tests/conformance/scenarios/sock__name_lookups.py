# Reverse lookups and the services database: getnameinfo names 127.0.0.1 'localhost' and a
# port by /etc/services on the flags' transport (NI_DGRAM, NI_NUMERICHOST/SERV), and fails
# as CPython does on names, bad tuples and NI_NAMEREQD; gethostbyaddr, getfqdn,
# getservbyname/getservbyport with their errors; loop.getnameinfo answers the same.
import asyncio
import socket


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as exc:
        print(label, type(exc).__name__, exc.args)


for sockaddr, flags in [
    (('127.0.0.1', 80), 0),
    (('127.0.0.1', 8080), 0),
    (('127.0.0.1', 8888), 0),
    (('127.0.0.1', 80), socket.NI_NUMERICHOST),
    (('127.0.0.1', 443), socket.NI_NUMERICSERV),
    (('127.0.0.1', 53), socket.NI_DGRAM),
    (('127.0.0.1', 21), socket.NI_DGRAM),
    (('10.1.2.3', 22), 0),
    (('1.2.3', 80), 0),
    (('127.0.0.1', 0), 0),
    (('127.0.0.1', 70000), 0),
]:
    attempt('getnameinfo', socket.getnameinfo, sockaddr, flags)

attempt('name required', socket.getnameinfo, ('10.1.2.3', 80), socket.NI_NAMEREQD)
attempt('a name', socket.getnameinfo, ('localhost', 80), 0)
attempt('negative port', socket.getnameinfo, ('127.0.0.1', -1), 0)
attempt('port as str', socket.getnameinfo, ('127.0.0.1', '80'), 0)
attempt('four items', socket.getnameinfo, ('127.0.0.1', 80, 0, 0), 0)
attempt('one item', socket.getnameinfo, ('127.0.0.1',), 0)
attempt('not a tuple', socket.getnameinfo, ['127.0.0.1', 80], 0)
attempt('flags as str', socket.getnameinfo, ('127.0.0.1', 80), 'x')
attempt('one argument', socket.getnameinfo, ('127.0.0.1', 80))

attempt('gethostbyaddr', socket.gethostbyaddr, '127.0.0.1')
attempt('gethostbyaddr name', socket.gethostbyaddr, 'localhost')
attempt('unknown address', socket.gethostbyaddr, '10.9.9.9')
attempt('invalid name', socket.gethostbyaddr, 'no-such-host.invalid')
attempt('gethostbyaddr int', socket.gethostbyaddr, 5)
attempt('getfqdn localhost', socket.getfqdn, 'localhost')
attempt('getfqdn address', socket.getfqdn, ' 127.0.0.1 ')
attempt('getfqdn invalid', socket.getfqdn, 'example.invalid')

for args in [(80,), (80, 'tcp'), (80, 'udp'), (123,), (8080,), (12345,), (70000,), ('80',), (53, 'sctp')]:
    attempt('getservbyport', socket.getservbyport, *args)
for args in [('http',), ('www',), ('http', 'udp'), ('ntp',), ('domain', 'udp'), ('nosuch',)]:
    attempt('getservbyname', socket.getservbyname, *args)
print(socket.NI_NUMERICHOST, socket.NI_NUMERICSERV, socket.NI_NOFQDN, socket.NI_NAMEREQD,
      socket.NI_DGRAM, socket.NI_MAXHOST, socket.NI_MAXSERV)


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.getnameinfo(('127.0.0.1', 80)))
    print(await loop.getnameinfo(('127.0.0.1', 8080), socket.NI_NUMERICHOST))
    try:
        await loop.getnameinfo(('localhost', 80))
    except socket.gaierror as exc:
        print('loop.getnameinfo', exc)


asyncio.run(main())
