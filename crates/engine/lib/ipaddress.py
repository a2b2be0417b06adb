import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    pass


class NetmaskValueError(ValueError):
    pass


def _first_that_parses(address, kinds, what, *extra):
    for kind in kinds:
        try:
            return kind(address, *extra)
        except (NetmaskValueError, AddressValueError):
            continue
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    return _first_that_parses(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    return _first_that_parses(address, (IPv4Network, IPv6Network), 'network', strict)


def ip_interface(address):
    return _first_that_parses(address, (IPv4Interface, IPv6Interface), 'interface')


def _pack(value, size, family):
    try:
        return value.to_bytes(size, 'big')
    except OverflowError:
        raise ValueError(f"Address negative or too large for IPv{family}")


def v4_int_to_packed(address):
    return _pack(address, 4, 4)


def v6_int_to_packed(address):
    return _pack(address, 16, 6)


def _split_optional_netmask(address):
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return pieces


def _find_address_range(addresses):
    # yields (low, high) for each run of consecutive addresses
    seq = iter(addresses)
    run_lo = run_hi = next(seq)
    for addr in seq:
        if addr._ip - run_hi._ip != 1:
            yield run_lo, run_hi
            run_lo = addr
        run_hi = addr
    yield run_lo, run_hi


def _count_righthand_zero_bits(number, bits):
    if number == 0:
        return bits
    # the lowest set bit alone, minus one, has as many ones as there are trailing zeros
    return min(bits, (~number & (number - 1)).bit_length())


def summarize_address_range(first, last):
    if not isinstance(first, _BaseAddress) or not isinstance(last, _BaseAddress):
        raise TypeError('first and last must be IP addresses, not networks')
    family = first.version
    if last.version != family:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    block = {4: IPv4Network, 6: IPv6Network}.get(family)
    if block is None:
        raise ValueError('unknown IP version')
    width = first._max_prefixlen
    cursor, stop = first._ip, last._ip
    while cursor <= stop:
        # largest aligned block starting at cursor that still fits
        span = min(_count_righthand_zero_bits(cursor, width),
                   (stop - cursor + 1).bit_length() - 1)
        yield block((cursor, width - span))
        cursor += 1 << span
        if cursor > block._ALL_ONES:
            break


def _collapse_addresses_internal(addresses):
    todo = list(addresses)
    halves = {}
    while todo:
        net = todo.pop()
        parent = net.supernet()
        sibling = halves.get(parent)
        if sibling is None:
            halves[parent] = net
        elif sibling != net:
            # both halves present: merge them into the parent
            del halves[parent]
            todo.append(parent)
    covered = None
    for net in sorted(halves.values()):
        if covered is None or net.broadcast_address > covered:
            yield net
            covered = net.broadcast_address


def _require_same_family(bucket, item):
    if bucket and item._version != bucket[-1]._version:
        raise TypeError("%s and %s are not of the same version" % (item, bucket[-1]))


def collapse_addresses(addresses):
    singles = []
    blocks = []
    for obj in addresses:
        if isinstance(obj, _BaseAddress):
            _require_same_family(singles, obj)
            singles.append(obj)
        elif obj._prefixlen != obj._max_prefixlen:
            _require_same_family(blocks, obj)
            blocks.append(obj)
        else:
            _require_same_family(singles, obj)
            # a full-length network stands for its single address
            singles.append(obj.ip if hasattr(obj, 'ip') else obj.network_address)
    pieces = []
    uniq = sorted(set(singles))
    if uniq:
        for lo, hi in _find_address_range(uniq):
            pieces.extend(summarize_address_range(lo, hi))
    return _collapse_addresses_internal(pieces + blocks)


def get_mixed_type_key(obj):
    for kind, method in ((_BaseNetwork, '_get_networks_key'), (_BaseAddress, '_get_address_key')):
        if isinstance(obj, kind):
            return getattr(obj, method)()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        expand = self._explode_shorthand_ip_string
        return expand()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        got = len(address)
        if got != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, got, expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return ((1 << prefixlen) - 1) << (cls._max_prefixlen - prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        width = cls._max_prefixlen
        trailing = _count_righthand_zero_bits(ip_int, width)
        ones = width - trailing
        if ip_int != ((1 << ones) - 1) << trailing:
            raw = ip_int.to_bytes(width // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % raw)
        return ones

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        text = prefixlen_str
        if text.isascii() and text.isdigit():
            try:
                value = int(text)
            except ValueError:
                value = -1
            if 0 <= value <= cls._max_prefixlen:
                return value
        cls._report_invalid_netmask(text)

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            value = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        # a net mask (255.255.0.0) or else a host mask (0.0.255.255)
        for candidate in (value, value ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (int, bytes)):
            return address, cls._max_prefixlen
        parts = address if isinstance(address, tuple) else _split_optional_netmask(address)
        if len(parts) < 2:
            return parts[0], cls._max_prefixlen
        return parts

    def __reduce__(self):
        return type(self), (str(self),)


_address_fmt_re = None


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            if other._ip != self._ip:
                return False
            return other._version == self._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if other._version != self._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) + other)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, int):
            return type(self)(int(self) - other)
        return NotImplemented

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        text = self._string_from_ip_int(self._ip)
        return str(text)

    def __hash__(self):
        return hash(hex(self._ip))

    def _get_address_key(self):
        return self._version, self

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        if fmt == '' or fmt.endswith('s'):
            return format(str(self), fmt)
        global _address_fmt_re
        if _address_fmt_re is None:
            import re
            _address_fmt_re = re.compile(r'(#?)(_?)([xbnX])')
        found = _address_fmt_re.fullmatch(fmt)
        if found is None:
            return super().__format__(fmt)
        prefix, sep, kind = found.groups()
        if kind == 'n':
            kind = 'x' if self._version == 6 else 'b'
        digits = self._max_prefixlen
        if kind != 'b':
            digits //= 4
        if sep:
            digits += digits // 4 - 1
        if prefix:
            digits += 2
        return format(int(self), f'{prefix}0{digits}{sep}{kind}')


class _BaseConstants:
    _private_networks = []


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    _constants = _BaseConstants

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen:d}'

    def hosts(self):
        cursor = self.network_address._ip + 1
        stop = self.broadcast_address._ip
        while cursor < stop:
            yield self._address_class(cursor)
            cursor += 1

    def __iter__(self):
        cursor = self.network_address._ip
        stop = self.broadcast_address._ip
        while cursor <= stop:
            yield self._address_class(cursor)
            cursor += 1

    def __getitem__(self, n):
        base = int(self.network_address)
        top = int(self.broadcast_address)
        target = base + n if n >= 0 else top + n + 1
        if target < base or target > top:
            raise IndexError('address out of range')
        return self._address_class(target)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if other._version != self._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return (self.network_address, self.netmask) < (other.network_address, other.netmask)

    def __eq__(self, other):
        try:
            if self._version != other._version:
                return False
            if self.network_address != other.network_address:
                return False
            return int(self.netmask) == int(other.netmask)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        if other._version != self._version or isinstance(other, _BaseNetwork):
            return False
        return (other._ip ^ self.network_address._ip) & self.netmask._ip == 0

    def overlaps(self, other):
        if self.network_address in other or self.broadcast_address in other:
            return True
        return other.network_address in self or other.broadcast_address in self

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(self.network_address._ip | self.hostmask._ip)

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES - self.netmask._ip)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen:d}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return self.hostmask._ip + 1

    @property
    def _address_class(self):
        raise NotImplementedError('%200s has no associated address class' % (type(self),))

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        if self._version != other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        # rebuild as a plain network of the same class (drops interface details)
        target = type(other)(f'{other.network_address}/{other.prefixlen}')
        lo, hi = self.subnets()
        while True:
            if lo == target:
                yield hi
                return
            if hi == target:
                yield lo
                return
            if target.subnet_of(lo):
                keep, split = hi, lo
            elif target.subnet_of(hi):
                keep, split = lo, hi
            else:
                raise AssertionError('Error performing exclusion: s1: %s s2: %s other: %s'
                                     % (lo, hi, target))
            yield keep
            lo, hi = split.subnets()

    def compare_networks(self, other):
        if other._version != self._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        current = self._prefixlen
        if current == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < current:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - current
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        wanted = current + prefixlen_diff
        if wanted > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (wanted, self))
        make = type(self)
        size = 1 << (self._max_prefixlen - wanted)
        # a while loop, not range(): IPv6 bounds do not fit a machine word here
        cursor = self.network_address._ip
        stop = self.broadcast_address._ip
        while cursor <= stop:
            yield make((cursor, wanted))
            cursor += size

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        current = self._prefixlen
        if current == 0:
            return self
        if new_prefix is not None:
            if new_prefix > current:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = current - new_prefix
        wanted = self.prefixlen - prefixlen_diff
        if wanted < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        widened = self.netmask._ip << prefixlen_diff
        return type(self)((self.network_address._ip & widened, wanted))

    def _both_ends(self, flag):
        return getattr(self.network_address, flag) and getattr(self.broadcast_address, flag)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            if b.network_address > a.network_address:
                return False
            return a.broadcast_address <= b.broadcast_address
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        return _BaseNetwork._is_subnet_of(self, other)

    def supernet_of(self, other):
        return _BaseNetwork._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        lo, hi = self.network_address, self.broadcast_address
        for block in self._constants._private_networks:
            if lo in block and hi in block:
                return True
        return False

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


def _netmask_entry(cls, arg, address_class, allow_mask_text):
    # cached per class: (netmask address, prefix length) for a prefix int or text
    entry = cls._netmask_cache.get(arg)
    if entry is None:
        if isinstance(arg, int):
            if arg < 0 or arg > cls._max_prefixlen:
                cls._report_invalid_netmask(arg)
            length = arg
        elif allow_mask_text:
            try:
                length = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                length = cls._prefix_from_ip_string(arg)
        else:
            length = cls._prefix_from_prefix_string(arg)
        entry = (address_class(cls._ip_int_from_prefix(length)), length)
        cls._netmask_cache[arg] = entry
    return entry


def _int_from_raw(obj, address, size):
    # ints and packed bytes need no text parsing; anything else gives None
    if isinstance(address, int):
        obj._check_int_address(address)
        return address
    if isinstance(address, bytes):
        obj._check_packed_address(address, size)
        return int.from_bytes(address, 'big')
    return None


def _address_text(address):
    text = str(address)
    if '/' in text:
        raise AddressValueError(f"Unexpected '/' in {address!r}")
    return text


def _in_any(addr, blocks):
    for block in blocks:
        if addr in block:
            return True
    return False


def _setup_interface(self, address, address_class, network_class):
    host, prefix = self._split_addr_prefix(address)
    address_class.__init__(self, host)
    net = network_class((host, prefix), strict=False)
    self.network = net
    self.netmask = net.netmask
    self._prefixlen = net._prefixlen


def _interface_eq(self, other, address_class):
    verdict = address_class.__eq__(self, other)
    if verdict is NotImplemented or not verdict:
        return verdict
    try:
        theirs = other.network
    except AttributeError:
        return False
    return self.network == theirs


def _interface_lt(self, other, address_class):
    addr_less = address_class.__lt__(self, other)
    if addr_less is NotImplemented:
        return NotImplemented
    try:
        theirs = other.network
    except AttributeError:
        # a bare address sorts before every interface
        return False
    mine = self.network
    if mine == theirs:
        return addr_less
    return mine < theirs


def _interface_hash(self):
    return hash((int(self), self._prefixlen, self.network.network_address._ip))


def _interface_text(self, tail):
    return f'{self._string_from_ip_int(self._ip)}/{tail}'


def _setup_network(self, address, strict, address_class):
    host, prefix = self._split_addr_prefix(address)
    self.network_address = address_class(host)
    self.netmask, self._prefixlen = self._make_netmask(prefix)
    raw = self.network_address._ip
    kept = raw & self.netmask._ip
    if kept != raw:
        if strict:
            raise ValueError(f'{self} has host bits set')
        self.network_address = address_class(kept)
    return host, self._max_prefixlen - self._prefixlen


class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        return _netmask_entry(cls, arg, IPv4Address, True)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        pieces = ip_str.split('.')
        if len(pieces) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        total = 0
        try:
            for piece in pieces:
                total = total * 256 + cls._parse_octet(piece)
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None
        return total

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not octet_str.isascii() or not octet_str.isdigit():
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if len(octet_str) > 1 and octet_str.startswith('0'):
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        num = int(octet_str)
        if num > 255:
            raise ValueError("Octet %d (> 255) not permitted" % num)
        return num

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join([str(octet) for octet in ip_int.to_bytes(4, 'big')])

    def _reverse_pointer(self):
        return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        value = _int_from_raw(self, address, 4)
        if value is None:
            value = self._ip_int_from_string(_address_text(address))
        self._ip = value

    @property
    def packed(self):
        return v4_int_to_packed(int(self))

    @property
    def is_reserved(self):
        consts = self._constants
        return self in consts._reserved_network

    @property
    def is_private(self):
        return _in_any(self, self._constants._private_networks)

    @property
    def is_global(self):
        if self in self._constants._public_network:
            return False
        return not self.is_private

    @property
    def is_multicast(self):
        consts = self._constants
        return self in consts._multicast_network

    @property
    def is_unspecified(self):
        consts = self._constants
        return self == consts._unspecified_address

    @property
    def is_loopback(self):
        consts = self._constants
        return self in consts._loopback_network

    @property
    def is_link_local(self):
        consts = self._constants
        return self in consts._linklocal_network


class IPv4Interface(IPv4Address):

    def __init__(self, address):
        _setup_interface(self, address, IPv4Address, IPv4Network)

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return _interface_text(self, '%d' % self._prefixlen)

    def __eq__(self, other):
        return _interface_eq(self, other, IPv4Address)

    def __lt__(self, other):
        return _interface_lt(self, other, IPv4Address)

    def __hash__(self):
        return _interface_hash(self)

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv4Address(self._ip)

    @property
    def with_prefixlen(self):
        return _interface_text(self, self._prefixlen)

    @property
    def with_netmask(self):
        return _interface_text(self, self.netmask)

    @property
    def with_hostmask(self):
        return _interface_text(self, self.hostmask)


class IPv4Network(_BaseV4, _BaseNetwork):
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        addr, spare = _setup_network(self, address, strict, IPv4Address)
        if spare == 1:
            self.hosts = self.__iter__
        elif spare == 0:
            self.hosts = lambda: [IPv4Address(addr)]

    @property
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        if self.network_address in shared and self.broadcast_address in shared:
            return False
        return not self.is_private


class _IPv4Constants:
    _net = IPv4Network
    _linklocal_network = _net('169.254.0.0/16')
    _loopback_network = _net('127.0.0.0/8')
    _multicast_network = _net('224.0.0.0/4')
    _public_network = _net('100.64.0.0/10')
    _private_networks = list(map(_net, [
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16',
        '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4',
        '255.255.255.255/32']))
    _reserved_network = _net('240.0.0.0/4')
    _unspecified_address = IPv4Address(0)
    del _net


IPv4Address._constants = IPv4Network._constants = _IPv4Constants


def _fold_hextets(cls, pieces, start):
    value = start
    for piece in pieces:
        value = (value << 16) | cls._parse_hextet(piece)
    return value


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        return _netmask_entry(cls, arg, IPv6Address, False)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        fields = ip_str.split(':')
        if len(fields) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        if '.' in fields[-1]:
            # an embedded dotted quad counts as the last two hextets
            try:
                quad = IPv4Address(fields[-1])._ip
            except AddressValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            fields[-1:] = [format(quad >> 16, 'x'), format(quad & 0xFFFF, 'x')]
        limit = cls._HEXTET_COUNT
        if len(fields) > limit + 1:
            raise AddressValueError(f"At most {limit} colons permitted in {ip_str!r}")
        gaps = [pos for pos in range(1, len(fields) - 1) if fields[pos] == '']
        if len(gaps) > 1:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        lead_msg = "Leading ':' only permitted as part of '::' in %r"
        trail_msg = "Trailing ':' only permitted as part of '::' in %r"
        if gaps:
            front = fields[:gaps[0]]
            back = fields[gaps[0] + 1:]
            if fields[0] == '':
                front = front[1:]
                if front:
                    raise AddressValueError(lead_msg % ip_str)
            if fields[-1] == '':
                back = back[:-1]
                if back:
                    raise AddressValueError(trail_msg % ip_str)
            fill = limit - len(front) - len(back)
            if fill < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (limit - 1, ip_str))
        else:
            if len(fields) != limit:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (limit, ip_str))
            if fields[0] == '':
                raise AddressValueError(lead_msg % ip_str)
            if fields[-1] == '':
                raise AddressValueError(trail_msg % ip_str)
            front, back, fill = fields, [], 0
        try:
            high = _fold_hextets(cls, front, 0)
            return _fold_hextets(cls, back, high << (16 * fill))
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        for ch in hextet_str:
            if ch not in cls._HEX_DIGITS:
                raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        # the longest run of '0' groups (the first of equals, at least two) becomes '::'
        count = len(hextets)
        run_at = run_len = 0
        pos = 0
        while pos < count:
            if hextets[pos] != '0':
                pos += 1
                continue
            end = pos
            while end < count and hextets[end] == '0':
                end += 1
            if end - pos > run_len:
                run_at, run_len = pos, end - pos
            pos = end
        if run_len < 2:
            return hextets
        out = hextets[:run_at] + [''] + hextets[run_at + run_len:]
        if run_at == 0:
            out.insert(0, '')
        if run_at + run_len == count:
            out.append('')
        return out

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = [format((ip_int >> (16 * k)) & 0xFFFF, 'x') for k in range(7, -1, -1)]
        return ':'.join(cls._compress_hextets(groups))

    def _explode_shorthand_ip_string(self):
        # goes through the text form, so a scoped address fails to parse as in CPython
        if isinstance(self, IPv6Network):
            source = self.network_address
        elif isinstance(self, IPv6Interface):
            source = self.ip
        else:
            source = self
        digits = format(self._ip_int_from_string(str(source)), '032x')
        full = ':'.join([digits[k:k + 4] for k in range(0, 32, 4)])
        if isinstance(self, _BaseNetwork) or isinstance(self, IPv6Interface):
            full = f'{full}/{self._prefixlen:d}'
        return full

    def _reverse_pointer(self):
        nibbles = [ch for ch in reversed(self.exploded) if ch != ':']
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        pieces = ip_str.split('%')
        if len(pieces) == 1:
            return ip_str, None
        if len(pieces) > 2 or not pieces[1]:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return pieces[0], pieces[1]

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        value = _int_from_raw(self, address, 16)
        scope = None
        if value is None:
            text, scope = self._split_scope_id(_address_text(address))
            value = self._ip_int_from_string(text)
        self._ip = value
        self._scope_id = scope

    def __str__(self):
        text = super().__str__()
        scope = self._scope_id
        return f'{text}%{scope}' if scope else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        verdict = super().__eq__(other)
        if verdict is NotImplemented or not verdict:
            return verdict
        return getattr(other, '_scope_id', None) == self._scope_id

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(int(self))

    @property
    def is_multicast(self):
        consts = self._constants
        return self in consts._multicast_network

    @property
    def is_reserved(self):
        return _in_any(self, self._constants._reserved_networks)

    @property
    def is_link_local(self):
        consts = self._constants
        return self in consts._linklocal_network

    @property
    def is_site_local(self):
        consts = self._constants
        return self in consts._sitelocal_network

    @property
    def is_private(self):
        embedded = self.ipv4_mapped
        if embedded is None:
            return _in_any(self, self._constants._private_networks)
        return embedded.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return not self._ip

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        upper, lower = divmod(self._ip, 1 << 32)
        if upper == 0xFFFF:
            return IPv4Address(lower)
        return None

    @property
    def teredo(self):
        raw = v6_int_to_packed(self._ip)
        if raw[:4] != b'\x20\x01\x00\x00':
            return None
        client = bytes([b ^ 0xFF for b in raw[12:]])
        return IPv4Address(raw[4:8]), IPv4Address(client)

    @property
    def sixtofour(self):
        raw = v6_int_to_packed(self._ip)
        if raw[:2] != b'\x20\x02':
            return None
        return IPv4Address(raw[2:6])


class IPv6Interface(IPv6Address):

    def __init__(self, address):
        _setup_interface(self, address, IPv6Address, IPv6Network)

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (super().__str__(), self._prefixlen)

    def __eq__(self, other):
        return _interface_eq(self, other, IPv6Address)

    def __lt__(self, other):
        return _interface_lt(self, other, IPv6Address)

    def __hash__(self):
        return _interface_hash(self)

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def with_prefixlen(self):
        return _interface_text(self, self._prefixlen)

    @property
    def with_netmask(self):
        return _interface_text(self, self.netmask)

    @property
    def with_hostmask(self):
        return _interface_text(self, self.hostmask)

    @property
    def is_unspecified(self):
        if self._ip != 0:
            return False
        return self.network.is_unspecified

    @property
    def is_loopback(self):
        if self._ip != 1:
            return False
        return self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        addr, spare = _setup_network(self, address, strict, IPv6Address)
        if spare == 1:
            self.hosts = self.__iter__
        elif spare == 0:
            self.hosts = lambda: [IPv6Address(addr)]

    def hosts(self):
        # IPv6 has no broadcast address: only the subnet-router anycast one is left out
        cursor = self.network_address._ip
        stop = self.broadcast_address._ip
        while cursor < stop:
            cursor += 1
            yield self._address_class(cursor)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _IPv6Constants:
    _net = IPv6Network
    _linklocal_network = _net('fe80::/10')
    _multicast_network = _net('ff00::/8')
    _private_networks = list(map(_net, [
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10']))
    _reserved_networks = list(map(_net, [
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
        '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5',
        'F800::/6', 'FE00::/9']))
    _sitelocal_network = _net('fec0::/10')
    del _net


IPv6Address._constants = IPv6Network._constants = _IPv6Constants
