import ipaddress

blocks = ['192.0.2.0/26', '192.0.2.64/26', '192.0.2.128/25', '198.51.100.0/24',
          '198.51.100.0/25', '203.0.113.5/32', '203.0.113.4/32']
print(list(ipaddress.collapse_addresses(ipaddress.ip_network(b) for b in blocks)))
addrs = [ipaddress.ip_address(f'10.1.1.{i}') for i in (1, 2, 3, 4, 5, 6, 7, 8, 20, 21)]
print(list(ipaddress.collapse_addresses(addrs)))
first, last = ipaddress.ip_address('10.0.0.5'), ipaddress.ip_address('10.0.0.70')
print(list(ipaddress.summarize_address_range(first, last)))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address('2001:db8::'),
                                             ipaddress.ip_address('2001:db8::ff'))))
try:
    list(ipaddress.collapse_addresses([ipaddress.ip_address('1.1.1.1'), ipaddress.ip_address('::1')]))
except TypeError as e:
    print('TypeError:', e)
try:
    list(ipaddress.summarize_address_range(last, first))
except ValueError as e:
    print('ValueError:', e)

iface = ipaddress.ip_interface('192.168.10.25/255.255.255.0')
print(repr(iface), iface.ip, iface.network, iface.netmask, iface.hostmask)
print(iface.with_prefixlen, iface.with_netmask, iface.with_hostmask, iface.is_private)
print(iface == ipaddress.ip_interface('192.168.10.25/24'), iface == iface.ip,
      iface < ipaddress.ip_interface('192.168.10.26/24'))
v6 = ipaddress.ip_interface('fe80::1%eth0/64')
print(repr(v6), v6.ip, v6.scope_id, v6.network, v6.exploded)
print(ipaddress.IPv4Interface(('10.9.8.7', 16)), ipaddress.IPv4Interface(167772161))
print(sorted(ipaddress.ip_interface(x) for x in ['10.0.0.5/24', '10.0.0.1/16', '10.0.0.3/24']))
for bad in ['10.0.0.1/40', 'not-an-ip/8']:
    try:
        ipaddress.ip_interface(bad)
    except ValueError as e:
        print('ValueError:', e)
table = {ipaddress.ip_network('10.0.0.0/8'): 'core', ipaddress.ip_network('10.1.0.0/16'): 'lab',
         ipaddress.ip_network('0.0.0.0/0'): 'default'}
for dst in ['10.1.2.3', '10.200.0.1', '8.8.4.4']:
    ip = ipaddress.ip_address(dst)
    best = max((n for n in table if ip in n), key=lambda n: n.prefixlen)
    print(dst, '->', best, table[best])
