import ipaddress

net = ipaddress.ip_network('10.20.0.0/22')
print(repr(net), net.netmask, net.hostmask, net.broadcast_address, net.num_addresses)
print(net.with_netmask, net.with_hostmask, net.is_private, net[1], net[-2])
print(list(net.subnets(new_prefix=24)))
print(net.supernet(), net.supernet(new_prefix=8))
small = ipaddress.ip_network('192.0.2.8/29')
print([str(h) for h in small.hosts()], list(ipaddress.ip_network('192.0.2.8/31').hosts()))
print(ipaddress.ip_network('192.0.2.9/32').hosts())
print(ipaddress.ip_address('10.20.3.7') in net, ipaddress.ip_address('10.20.4.1') in net)
sub = ipaddress.ip_network('10.20.2.0/23')
print(sub.subnet_of(net), net.supernet_of(sub), net.overlaps(sub), sub.compare_networks(net))
print(list(net.address_exclude(ipaddress.ip_network('10.20.1.128/25'))))
print(ipaddress.ip_network('10.20.1.77/22', strict=False), ipaddress.IPv4Network(('172.16.5.0', '255.255.255.0')))
print(ipaddress.IPv4Network('10.0.0.0/0.255.255.255'))
v6 = ipaddress.ip_network('2001:db8:abcd::/48')
print(v6, v6.exploded, v6.num_addresses, v6.broadcast_address)
print(list(v6.subnets(prefixlen_diff=2)))
print(list(ipaddress.ip_network('2001:db8::/126').hosts()), v6.is_private, v6.is_global)
print(sorted([ipaddress.ip_network(n) for n in ['10.0.0.0/8', '10.0.0.0/16', '9.0.0.0/8']]))
for bad, kw in [('10.0.0.1/24', {}), ('10.0.0.0/33', {}), ('10.0.0.0/255.0.255.0', {}),
                ('2001:db8::/129', {}), ('10.0.0.0/8/8', {}), ('junk', {})]:
    try:
        ipaddress.ip_network(bad, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
for kw in [dict(new_prefix=20), dict(prefixlen_diff=20), dict(prefixlen_diff=2, new_prefix=24)]:
    try:
        list(net.subnets(**kw))
    except ValueError as e:
        print('subnets:', e)
try:
    list(net.address_exclude(ipaddress.ip_network('192.168.0.0/24')))
except ValueError as e:
    print('exclude:', e)
try:
    net.subnet_of(ipaddress.ip_network('::/0'))
except TypeError as e:
    print('subnet_of:', e)
ipaddress.IPv4Network('192.168.1.1/24')
