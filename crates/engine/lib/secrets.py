"""secrets (PEP 506): tokens and choices from `os.urandom`, which here is the run's own
seeded generator (the same bytes in every run). CPython draws through `random.SystemRandom`;
that class is not supported yet, so its few methods `secrets` needs are written here."""

__all__ = ['choice', 'randbelow', 'randbits',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest',
           ]

import base64
import binascii
import os
from hmac import compare_digest


class _UrandomSource:
    """What `secrets` asks of CPython's `SystemRandom`, with its algorithms and messages."""

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        return int.from_bytes(os.urandom(numbytes), 'big') >> (numbytes * 8 - k)

    def _randbelow(self, n):
        # Rejection sampling over the bits of n, as `Random._randbelow_with_getrandbits`.
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def randbytes(self, n):
        return os.urandom(n)


_sysrand = _UrandomSource()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32


def token_bytes(nbytes=None):
    """`nbytes` random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """`nbytes` random bytes as hexadecimal text."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """`nbytes` random bytes as URL-safe Base64 text without padding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
