import ipaddress

for text in ['192.168.1.10', '8.8.8.8', '127.0.0.1', '224.0.0.251', '169.254.10.1',
             '100.64.3.2', '0.0.0.0', '2001:db8::1', '::1', 'fe80::1%eth0', '::ffff:10.0.0.1']:
    a = ipaddress.ip_address(text)
    print(f"{a!r:32} v{a.version} private={a.is_private} global={a.is_global} "
          f"loop={a.is_loopback} mcast={a.is_multicast} ll={a.is_link_local}")

a = ipaddress.ip_address('192.168.1.10')
print(int(a), a.packed, a.reverse_pointer, a + 300, a - 11)
print(format(a, '#b'), format(a, '_x'), format(a, 'n'), f"[{a:>18}]")

v6 = ipaddress.IPv6Address('2001:0db8:0000:0000:0000:ff00:0042:8329')
print(v6, v6.exploded, v6.packed.hex())
print(v6.reverse_pointer)
print(ipaddress.ip_address('::ffff:192.0.2.128').ipv4_mapped)
print(ipaddress.ip_address('2002:c000:204::1').sixtofour)
print(ipaddress.ip_address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
s = ipaddress.ip_address('fe80::1%eth0')
print(s.scope_id, s == ipaddress.ip_address('fe80::1'), str(s))
print(ipaddress.ip_address(3232235777), ipaddress.ip_address(2**32 + 1))
print(sorted(ipaddress.ip_address(x) for x in ['10.0.0.10', '10.0.0.9', '9.255.255.255']))
print(sorted([v6, a, ipaddress.ip_address('1.1.1.1')], key=ipaddress.get_mixed_type_key))
for bad in ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4/24', '1::2::3', '12345::', 'example.com']:
    try:
        ipaddress.ip_address(bad)
    except ValueError as e:
        print('ValueError:', e)
for cls, bad in [(ipaddress.IPv4Address, '1.2.3.x'), (ipaddress.IPv4Address, -1),
                 (ipaddress.IPv6Address, '1:2:3:4:5:6:7'), (ipaddress.IPv6Address, b'\x01' * 4),
                 (ipaddress.IPv6Address, ':1::2'), (ipaddress.IPv4Address, 2**32)]:
    try:
        cls(bad)
    except ipaddress.AddressValueError as e:
        print(type(e).__name__, e)
try:
    ipaddress.ip_address('1.2.3.4') < ipaddress.ip_address('::1')
except TypeError as e:
    print('TypeError:', e)
ipaddress.ip_address('10.0.0.1') + 2**32
