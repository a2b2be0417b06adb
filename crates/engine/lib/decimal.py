# decimal, written for Loopscope from the behaviour of CPython 3.11's C module (_decimal over
# libmpdec): General Decimal Arithmetic with the C module's reprs, error messages and
# trap semantics (flags are all set first, then the trapped ones raise together as a list).
# Coefficients are kept as digit strings; the transcendental functions use integer
# arithmetic with extra digits until the rounding is certain (correctly rounded results).

import contextvars as _contextvars
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping
import _loopscope


# The C decimal converts coefficients of any length: its ints and digit strings are not held
# to `sys.set_int_max_str_digits`'s limit, so this module's conversions are not either.
# (`str()` and `int()` of one argument, natively: no Python frame per conversion.)
_istr = _loopscope.str_unlimited
_iint = _loopscope.int_unlimited

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

_BAD_ROUNDING = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")
_BAD_SIGNAL = ("valid values for signals are:\n"
               "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
               "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
               "   Clamped]")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order the C module keeps them (flag dicts, which exception is raised).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
# The order a context's repr lists them in (libmpdec's bit order).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation,
               Overflow, Rounded, Subnormal, Underflow)
# The order the conditions of a trapped operation are listed in.
_COND_ORDER = (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined,
               InvalidContext, FloatOperation, DivisionByZero, Overflow, Underflow,
               Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_OF = {c: c for c in _SIGNALS}
for _c in (ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext):
    _SIGNAL_OF[_c] = InvalidOperation
del _c


class SignalDictMixin(_MutableMapping):
    __slots__ = ('_d',)

    def __init__(self, d=None):
        self._d = dict.fromkeys(_SIGNALS, False)
        if d:
            for k in d:
                self._d[k] = bool(d[k])

    def __getitem__(self, key):
        try:
            return self._d[key]
        except (KeyError, TypeError):
            raise KeyError(_BAD_SIGNAL) from None

    def __setitem__(self, key, value):
        if key not in _SIGNAL_OF or _SIGNAL_OF[key] is not key:
            raise KeyError(_BAD_SIGNAL)
        self._d[key] = bool(value)

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in self._d

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (k, self._d[k]) for k in _SIGNALS) + '}'

    def copy(self):
        return dict(self._d)

    def _listing(self):
        return '[' + ', '.join(k.__name__ for k in _REPR_ORDER if self._d[k]) + ']'


class SignalDict(SignalDictMixin):
    __module__ = 'abc'
    __slots__ = ()


def _signal_dict_from(value, from_setattr):
    if isinstance(value, SignalDictMixin):
        return SignalDict(value._d)
    if isinstance(value, list) and not from_setattr:
        d = {}
        for k in value:
            if k not in _SIGNAL_OF or _SIGNAL_OF[k] is not k:
                raise KeyError(_BAD_SIGNAL)
            d[k] = True
        return SignalDict(d)
    if not isinstance(value, dict):
        raise TypeError("argument must be a signal dict")
    if len(value) != len(_SIGNALS):
        raise KeyError("invalid signal dict")
    d = {}
    for k in _SIGNALS:
        if k not in value:
            raise KeyError("invalid signal dict")
        d[k] = value[k]
    return SignalDict(d)


def _as_index(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if not -(1 << 63) <= value < (1 << 63):
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


def _int_setting(name, allowed, message):
    # A Context attribute holding a C integer, checked as the C module checks it.
    slot = '_' + name

    def get(self):
        return getattr(self, slot)

    def set(self, value):
        value = _as_index(value)
        if not allowed(value):
            raise ValueError(message)
        object.__setattr__(self, slot, value)

    return property(get, set)


class Context(object):
    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                 '_traps', '_pending')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if '_default_made' in globals() else None
        if base is not None:
            object.__setattr__(self, '_prec', base._prec)
            object.__setattr__(self, '_rounding', base._rounding)
            object.__setattr__(self, '_Emin', base._Emin)
            object.__setattr__(self, '_Emax', base._Emax)
            object.__setattr__(self, '_capitals', base._capitals)
            object.__setattr__(self, '_clamp', base._clamp)
            object.__setattr__(self, '_traps', SignalDict(base._traps._d))
        else:
            object.__setattr__(self, '_prec', 28)
            object.__setattr__(self, '_rounding', ROUND_HALF_EVEN)
            object.__setattr__(self, '_Emin', -999999)
            object.__setattr__(self, '_Emax', 999999)
            object.__setattr__(self, '_capitals', 1)
            object.__setattr__(self, '_clamp', 0)
            object.__setattr__(self, '_traps', SignalDict(
                {InvalidOperation: True, DivisionByZero: True, Overflow: True}))
        object.__setattr__(self, '_flags', SignalDict())
        object.__setattr__(self, '_pending', None)
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            object.__setattr__(self, '_traps', _signal_dict_from(traps, False))
        if flags is not None:
            object.__setattr__(self, '_flags', _signal_dict_from(flags, False))

    # -- attributes, checked as the C module checks them
    prec = _int_setting('prec', lambda v: 1 <= v <= MAX_PREC,
                        "valid range for prec is [1, MAX_PREC]")

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if not isinstance(value, str) or value not in _ROUNDINGS:
            raise TypeError(_BAD_ROUNDING)
        object.__setattr__(self, '_rounding', _ROUNDINGS[_ROUNDINGS.index(value)])

    Emin = _int_setting('Emin', lambda v: MIN_EMIN <= v <= 0,
                        "valid range for Emin is [MIN_EMIN, 0]")

    Emax = _int_setting('Emax', lambda v: 0 <= v <= MAX_EMAX,
                        "valid range for Emax is [0, MAX_EMAX]")

    capitals = _int_setting('capitals', lambda v: v in (0, 1),
                            "valid values for capitals are 0 or 1")

    clamp = _int_setting('clamp', lambda v: v in (0, 1),
                         "valid values for clamp are 0 or 1")

    @property
    def flags(self):
        return self._flags

    @flags.setter
    def flags(self, value):
        object.__setattr__(self, '_flags', _signal_dict_from(value, True))

    @property
    def traps(self):
        return self._traps

    @traps.setter
    def traps(self, value):
        object.__setattr__(self, '_traps', _signal_dict_from(value, True))

    def __setattr__(self, name, value):
        if name in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                    'traps'):
            object.__setattr__(self, name, value)
            return
        if name in ('Etiny', 'Etop') or hasattr(Context, name):
            raise AttributeError("'decimal.Context' object attribute '%s' is read-only"
                                 % name)
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin, self._Emax,
                                        self._capitals, self._clamp, self._flags._listing(),
                                        self._traps._listing()))

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax,
                          self._capitals, self._clamp,
                          [k for k in _SIGNALS if self._flags._d[k]],
                          [k for k in _SIGNALS if self._traps._d[k]]))

    def clear_flags(self):
        for k in _SIGNALS:
            self._flags._d[k] = False

    def clear_traps(self):
        for k in _SIGNALS:
            self._traps._d[k] = False

    def copy(self):
        c = Context.__new__(Context)
        object.__setattr__(c, '_prec', self._prec)
        object.__setattr__(c, '_rounding', self._rounding)
        object.__setattr__(c, '_Emin', self._Emin)
        object.__setattr__(c, '_Emax', self._Emax)
        object.__setattr__(c, '_capitals', self._capitals)
        object.__setattr__(c, '_clamp', self._clamp)
        object.__setattr__(c, '_flags', SignalDict(self._flags._d))
        object.__setattr__(c, '_traps', SignalDict(self._traps._d))
        object.__setattr__(c, '_pending', None)
        return c

    __copy__ = copy

    def _quiet_copy(self, rounding=None):
        # A scratch context: no traps, its own flags, for internal steps.
        c = self.copy()
        c.clear_traps()
        c.clear_flags()
        if rounding is not None:
            object.__setattr__(c, '_rounding', rounding)
        return c

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    # -- conditions: every one sets its signal's flag; a trapped one is remembered and
    # raised by _check once the operation is complete, as the C module does.
    def _signal_condition(self, cond, sign=0):
        sig = _SIGNAL_OF[cond]
        self._flags._d[sig] = True
        if self._traps._d[sig]:
            if self._pending is None:
                object.__setattr__(self, '_pending', [cond])
            elif cond not in self._pending:
                self._pending.append(cond)
        if sig is InvalidOperation:
            return _NaN
        if cond is DivisionByZero:
            return _INFINITIES[sign]
        if cond is Overflow:
            r = self._rounding
            if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP):
                return _INFINITIES[sign]
            if sign == 0:
                if r == ROUND_CEILING:
                    return _Infinity
            elif r == ROUND_FLOOR:
                return _NegativeInfinity
            return _triple(sign, '9' * self._prec, self._Emax - self._prec + 1)
        return None

    def _check(self, result=None):
        pending = self._pending
        if pending is not None:
            object.__setattr__(self, '_pending', None)
            conds = [c for c in _COND_ORDER if c in pending]
            for sig in _SIGNALS:
                for c in conds:
                    if _SIGNAL_OF[c] is sig:
                        raise sig(conds)
        return result

    def _merge(self, scratch, which):
        # Carry the listed conditions that a scratch context saw over to this one.
        for cond in which:
            if scratch._flags._d[cond]:
                self._signal_condition(cond)

    # -- making numbers
    def create_decimal(self, num="0"):
        if isinstance(num, float):
            self._signal_condition(FloatOperation)
            self._check()
        elif isinstance(num, str) and (num != num.strip() or '_' in num):
            self._signal_condition(ConversionSyntax)
            return self._check(_NaN)
        d = Decimal(num, self)
        if d._special:
            if d._exp != 'F' and len(d._digits) > self._prec - self._clamp:
                if isinstance(num, str):
                    self._signal_condition(ConversionSyntax)
                    return self._check(_NaN)
                d = d._nan_result(self)
            return self._check(d)
        return self._check(d._finish_rounding(self))

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return self._check(d._finish_rounding(self))

    def _apply(self, a):
        a = _context_operand(a)
        return self._check(a._finish_rounding(self) if not a._special else a._nan_result(self))

    # -- arithmetic, delegating to Decimal with this context
    def abs(self, a):
        return self._check(_context_operand(a)._abs(self))

    def add(self, a, b):
        return self._check(_context_operand(a)._add(_context_operand(b), self))

    def subtract(self, a, b):
        return self._check(_context_operand(a)._sub(_context_operand(b), self))

    def multiply(self, a, b):
        return self._check(_context_operand(a)._mul(_context_operand(b), self))

    def divide(self, a, b):
        return self._check(_context_operand(a)._truediv(_context_operand(b), self))

    def divide_int(self, a, b):
        return self._check(_context_operand(a)._floordiv(_context_operand(b), self))

    def remainder(self, a, b):
        return self._check(_context_operand(a)._mod(_context_operand(b), self))

    def divmod(self, a, b):
        return self._check(_context_operand(a)._divmod(_context_operand(b), self))

    def power(self, a, b, modulo=None):
        a = _context_operand(a)
        b = _context_operand(b)
        if modulo is not None:
            modulo = _context_operand(modulo)
            return self._check(a._power_modulo(b, modulo, self))
        return self._check(a._pow(b, self))

    def minus(self, a):
        return self._check(_context_operand(a)._neg(self))

    def plus(self, a):
        return self._check(_context_operand(a)._pos(self))

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def compare(self, a, b):
        return _context_operand(a).compare(_context_operand(b), self)

    def compare_signal(self, a, b):
        return _context_operand(a).compare_signal(_context_operand(b), self)

    def compare_total(self, a, b):
        return _context_operand(a).compare_total(_context_operand(b))

    def compare_total_mag(self, a, b):
        return _context_operand(a).compare_total_mag(_context_operand(b))

    def copy_abs(self, a):
        return _context_operand(a).copy_abs()

    def copy_decimal(self, a):
        return _context_operand(a)

    def copy_negate(self, a):
        return _context_operand(a).copy_negate()

    def copy_sign(self, a, b):
        return _context_operand(a).copy_sign(_context_operand(b))

    def exp(self, a):
        return _context_operand(a).exp(self)

    def fma(self, a, b, c):
        return _context_operand(a).fma(_context_operand(b), _context_operand(c), self)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _context_operand(a).is_finite()

    def is_infinite(self, a):
        return _context_operand(a).is_infinite()

    def is_nan(self, a):
        return _context_operand(a).is_nan()

    def is_normal(self, a):
        return _context_operand(a).is_normal(self)

    def is_qnan(self, a):
        return _context_operand(a).is_qnan()

    def is_signed(self, a):
        return _context_operand(a).is_signed()

    def is_snan(self, a):
        return _context_operand(a).is_snan()

    def is_subnormal(self, a):
        return _context_operand(a).is_subnormal(self)

    def is_zero(self, a):
        return _context_operand(a).is_zero()

    def ln(self, a):
        return _context_operand(a).ln(self)

    def log10(self, a):
        return _context_operand(a).log10(self)

    def logb(self, a):
        return _context_operand(a).logb(self)

    def logical_and(self, a, b):
        return _context_operand(a).logical_and(_context_operand(b), self)

    def logical_invert(self, a):
        return _context_operand(a).logical_invert(self)

    def logical_or(self, a, b):
        return _context_operand(a).logical_or(_context_operand(b), self)

    def logical_xor(self, a, b):
        return _context_operand(a).logical_xor(_context_operand(b), self)

    def max(self, a, b):
        return _context_operand(a).max(_context_operand(b), self)

    def max_mag(self, a, b):
        return _context_operand(a).max_mag(_context_operand(b), self)

    def min(self, a, b):
        return _context_operand(a).min(_context_operand(b), self)

    def min_mag(self, a, b):
        return _context_operand(a).min_mag(_context_operand(b), self)

    def next_minus(self, a):
        return _context_operand(a).next_minus(self)

    def next_plus(self, a):
        return _context_operand(a).next_plus(self)

    def next_toward(self, a, b):
        return _context_operand(a).next_toward(_context_operand(b), self)

    def normalize(self, a):
        return _context_operand(a).normalize(self)

    def number_class(self, a):
        return _context_operand(a).number_class(self)

    def quantize(self, a, b):
        return _context_operand(a).quantize(_context_operand(b), None, self)

    def radix(self):
        return Decimal(10)

    def remainder_near(self, a, b):
        return _context_operand(a).remainder_near(_context_operand(b), self)

    def rotate(self, a, b):
        return _context_operand(a).rotate(_context_operand(b), self)

    def same_quantum(self, a, b):
        return _context_operand(a).same_quantum(_context_operand(b))

    def scaleb(self, a, b):
        return _context_operand(a).scaleb(_context_operand(b), self)

    def shift(self, a, b):
        return _context_operand(a).shift(_context_operand(b), self)

    def sqrt(self, a):
        return _context_operand(a).sqrt(self)

    def to_eng_string(self, a):
        return _context_operand(a).to_eng_string(self)

    def to_sci_string(self, a):
        return _context_operand(a)._text(False, self)

    def to_integral_exact(self, a):
        return _context_operand(a).to_integral_exact(None, self)

    def to_integral_value(self, a):
        return _context_operand(a).to_integral_value(None, self)

    to_integral = to_integral_value


def _type_label(value):
    return type(value).__name__


def _context_operand(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError("conversion from %s to Decimal is not supported" % _type_label(v))


def _operand(v):
    # Other operand of an arithmetic operator: ints convert, anything else is not ours.
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _from_int(v)
    return NotImplemented


def _resolve(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _check_rounding(rounding, context):
    if rounding is None:
        return context._rounding
    if not isinstance(rounding, str) or rounding not in _ROUNDINGS:
        raise TypeError(_BAD_ROUNDING)
    return rounding


# -- the current context
_current = _contextvars.ContextVar('decimal_context')


def getcontext():
    try:
        return _current.get()
    except LookupError:
        c = DefaultContext.copy()
        c.clear_flags()
        _current.set(c)
        return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class ContextManager(object):
    __slots__ = ('_new', '_saved')

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    for k in kwargs:
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    new = ctx.copy()
    for k in _LOCAL_KEYS:
        if k in kwargs:
            v = kwargs[k]
            if k in ('flags', 'traps'):
                object.__setattr__(new, '_' + k, _signal_dict_from(v, False))
            else:
                setattr(new, k, v)
    m = ContextManager()
    m._new = new
    return m


# -- Decimal

def _triple(sign, digits, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._digits = digits
    d._exp = exp
    d._special = special
    return d


def _from_int(n):
    d = object.__new__(Decimal)
    if n < 0:
        d._sign = 1
        d._digits = _istr(-_iint(n))
    else:
        d._sign = 0
        d._digits = _istr(_iint(n))
    d._exp = 0
    d._special = False
    return d


def _parse(text):
    # (sign, digits, exp, special) or None for a syntax error.
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch < '\x80':
                chars.append(ch)
            elif ch.isdecimal():
                chars.append(_istr(_iint(ch)))
            elif ch.isspace():
                chars.append(' ')
            else:
                return None
        s = ''.join(chars)
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, '0', 'F', True)
    if low.startswith('nan') or low.startswith('snan'):
        kind = 'n' if low[0] == 'n' else 'N'
        payload = low[3:] if kind == 'n' else low[4:]
        if payload and not (payload.isdigit() and payload.isascii()):
            return None
        payload = payload.lstrip('0')
        return (sign, payload, kind, True)
    mant, e, expo = low.partition('e')
    if e:
        if expo[:1] in ('+', '-'):
            digits = expo[1:]
        else:
            digits = expo
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        exp = _iint(expo)
    else:
        exp = 0
    ip, dot, fp = mant.partition('.')
    if not ip and not fp:
        return None
    for part in (ip, fp):
        if part and not (part.isdigit() and part.isascii()):
            return None
    coeff = (ip + fp).lstrip('0') or '0'
    return (sign, coeff, exp - len(fp), False)


class Decimal(object):
    __slots__ = ('_sign', '_digits', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _resolve(context)
                ctx._signal_condition(ConversionSyntax)
                ctx._check()
                self._sign, self._digits, self._exp, self._special = 0, '', 'n', True
                return self
            self._sign, self._digits, self._exp, self._special = parsed
            if not self._special:
                e = self._exp
                bad = False
                if self._digits == '0':
                    bad = e > MAX_EMAX or e < MIN_ETINY
                else:
                    bad = e + len(self._digits) - 1 > MAX_EMAX or e < MIN_ETINY
                if bad:
                    ctx = _resolve(context)
                    ctx._signal_condition(InvalidOperation)
                    ctx._check()
                    self._sign, self._digits, self._exp, self._special = 0, '', 'n', True
            return self
        if isinstance(value, int):
            if value < 0:
                self._sign = 1
                self._digits = _istr(-_iint(value))
            else:
                self._sign = 0
                self._digits = _istr(_iint(value))
            self._exp = 0
            self._special = False
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._digits = value._digits
            self._exp = value._exp
            self._special = value._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if not (isinstance(sign, int) and sign in (0, 1)):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if isinstance(exp, str):
                if exp not in ('F', 'n', 'N'):
                    raise ValueError("string argument in the third position must be "
                                     "'F', 'n' or 'N'")
            elif not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            if not isinstance(digits, (tuple, list)):
                raise ValueError("coefficient must be a tuple of digits")
            ds = []
            for dg in digits:
                if not (isinstance(dg, int) and 0 <= dg <= 9):
                    raise ValueError("coefficient must be a tuple of digits")
                ds.append(chr(48 + dg))
            text = ''.join(ds).lstrip('0')
            self._sign = sign
            if exp == 'F':
                self._digits, self._exp, self._special = '0', 'F', True
            elif exp in ('n', 'N'):
                self._digits, self._exp, self._special = text, exp, True
            else:
                self._digits, self._exp, self._special = text or '0', exp, False
            return self
        if isinstance(value, float):
            ctx = _resolve(context)
            ctx._signal_condition(FloatOperation)
            ctx._check()
            d = Decimal.from_float(value)
            self._sign, self._digits, self._exp, self._special = (
                d._sign, d._digits, d._exp, d._special)
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % _type_label(value))

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            if f != f:
                d = _triple(1 if _math.copysign(1.0, f) < 0 else 0, '', 'n', True)
            elif f in (_INF_F, -_INF_F):
                d = _triple(1 if f < 0 else 0, '0', 'F', True)
            elif f == 0.0:
                d = _triple(1 if _math.copysign(1.0, f) < 0 else 0, '0', 0)
            else:
                sign = 1 if _math.copysign(1.0, f) < 0 else 0
                n, den = abs(f).as_integer_ratio()
                k = den.bit_length() - 1
                d = _triple(sign, _istr(n * 5 ** k), -k)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- classification
    def _nan_kind(self):
        if self._special:
            e = self._exp
            if e == 'n':
                return 1
            if e == 'N':
                return 2
        return 0

    def _inf_sign(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _nans(self, other, context):
        # A NaN operand decides the result: sNaN signals, quiet NaN propagates.
        a = self._nan_kind()
        b = other._nan_kind() if other is not None else 0
        if a or b:
            if a == 2:
                context._signal_condition(InvalidOperation)
                return _triple(self._sign, self._digits, 'n', True)._nan_result(context)
            if b == 2:
                context._signal_condition(InvalidOperation)
                return _triple(other._sign, other._digits, 'n', True)._nan_result(context)
            if a:
                return self._nan_result(context)
            return other._nan_result(context)
        return None

    def _signal_nans(self, other, context):
        # For ordering comparisons: any NaN is invalid.
        if self._special or other._special:
            a = self._nan_kind()
            b = other._nan_kind()
            if a or b:
                context._signal_condition(InvalidOperation)
                if a == 2:
                    return _triple(self._sign, self._digits, 'n', True)._nan_result(context)
                if b == 2:
                    return _triple(other._sign, other._digits, 'n', True)._nan_result(context)
                if a:
                    return self._nan_result(context)
                return other._nan_result(context)
        return None

    def __bool__(self):
        return self._special or self._digits != '0'

    def _cmp(self, other):
        if self._special or other._special:
            a = self._inf_sign()
            b = other._inf_sign()
            if a == b:
                return 0
            return -1 if a < b else 1
        sz = self._digits == '0'
        oz = other._digits == '0'
        if sz or oz:
            if sz and oz:
                return 0
            if sz:
                return 1 if other._sign else -1
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        sa = self._exp + len(self._digits)
        oa = other._exp + len(other._digits)
        if sa == oa:
            a = self._digits
            b = other._digits
            if self._exp > other._exp:
                a = a + '0' * (self._exp - other._exp)
            elif other._exp > self._exp:
                b = b + '0' * (other._exp - self._exp)
            if a == b:
                return 0
            r = -1 if a < b else 1
        else:
            r = -1 if sa < oa else 1
        return -r if self._sign else r

    def _comparable(self, other, ordering):
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _from_int(other)
        if isinstance(other, _numbers.Rational):
            s = self
            if not self._special:
                s = _triple(self._sign, _istr(_iint(self._digits) * other.denominator),
                            self._exp)
            return s, _from_int(other.numerator)
        if (not ordering and isinstance(other, _numbers.Complex)
                and not isinstance(other, _numbers.Real) and other.imag == 0):
            other = other.real
        if isinstance(other, float):
            ctx = getcontext()
            ctx._signal_condition(FloatOperation)
            if ordering:
                ctx._check()
            else:
                object.__setattr__(ctx, '_pending', None)
            return self, Decimal.from_float(other)
        return None, None

    def __eq__(self, other):
        s, o = self._comparable(other, False)
        if o is None:
            return NotImplemented
        if s._special or o._special:
            if s._nan_kind() or o._nan_kind():
                if s._nan_kind() == 2 or o._nan_kind() == 2:
                    ctx = getcontext()
                    ctx._signal_condition(InvalidOperation)
                    ctx._check()
                return False
        return s._cmp(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other):
        s, o = self._comparable(other, True)
        if o is None:
            return None
        if s._special or o._special:
            if s._nan_kind() or o._nan_kind():
                ctx = getcontext()
                ctx._signal_condition(InvalidOperation)
                ctx._check()
                return 2
        return s._cmp(o)

    def __lt__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == -1

    def __le__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c in (-1, 0)

    def __gt__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c == 1

    def __ge__(self, other):
        c = self._order(other)
        if c is None:
            return NotImplemented
        return c in (0, 1)

    def compare(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        if self._special or other._special:
            ans = self._nans(other, context)
            if ans is not None:
                return context._check(ans)
        return _INT_DEC[self._cmp(other)]

    def compare_signal(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        ans = self._signal_nans(other, context)
        if ans is not None:
            return context._check(ans)
        return _INT_DEC[self._cmp(other)]

    def __hash__(self):
        if self._special:
            if self._exp == 'N':
                raise TypeError("Cannot hash a signaling NaN value")
            if self._exp == 'n':
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            m = pow(10, self._exp, _HASH_MOD)
        else:
            m = pow(_HASH_10INV, -self._exp, _HASH_MOD)
        h = _iint(self._digits) * m % _HASH_MOD
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._digits)), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer ratio")
            raise ValueError("cannot convert NaN to integer ratio")
        n = _iint(self._digits)
        if n == 0:
            return (0, 1)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n, d)

    # -- text
    def __repr__(self):
        return "Decimal('%s')" % self._text(False, None)

    def __str__(self):
        return self._text(False, None)

    def to_eng_string(self, context=None):
        return self._text(True, context)

    def _text(self, eng, context):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._digits
            return sign + 'sNaN' + self._digits
        digits = self._digits
        n = len(digits)
        left = self._exp + n
        if self._exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif digits == '0':
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            body = '0.' + '0' * -dot + digits
        elif dot >= n:
            body = digits + '0' * (dot - n)
        else:
            body = digits[:dot] + '.' + digits[dot:]
        if left == dot:
            return sign + body
        if context is None:
            context = getcontext()
        return '%s%s%s%+d' % (sign, body, 'E' if context._capitals else 'e', left - dot)

    # -- conversions
    def __float__(self):
        if self._special:
            if self._exp == 'N':
                raise ValueError("cannot convert signaling NaN to float")
            if self._exp == 'n':
                return -_NAN_F if self._sign else _NAN_F
        return float(self._text(False, _BASE_TEXT))

    def __int__(self):
        if self._special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        if self._exp >= 0:
            n = _iint(self._digits) * 10 ** self._exp
        else:
            n = _iint(self._digits[:self._exp] or '0')
        return -n if self._sign else n

    __trunc__ = __int__

    def _to_int(self, rounding):
        if self._special:
            if self._exp == 'F':
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return _iint(self._requantize(0, rounding))

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_triple(0, '1', -n))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _ZERO

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (type(self), (_istr(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- rounding machinery
    def _nan_result(self, context):
        keep = context._prec - context._clamp
        if len(self._digits) > keep:
            return _triple(self._sign, self._digits[len(self._digits) - keep:].lstrip('0'),
                           self._exp, True)
        if type(self) is Decimal:
            return self
        return _triple(self._sign, self._digits, self._exp, True)

    def _finish_rounding(self, context):
        if self._special:
            if self._exp != 'F':
                return self._nan_result(context)
            return self if type(self) is Decimal else _triple(self._sign, '0', 'F', True)
        prec = context._prec
        etiny = context._Emin - prec + 1
        etop = context._Emax - prec + 1
        digits = self._digits
        exp = self._exp
        if digits == '0':
            hi = etop if context._clamp else context._Emax
            new_exp = min(max(exp, etiny), hi)
            if new_exp != exp:
                context._signal_condition(Clamped)
                return _triple(self._sign, '0', new_exp)
            return self if type(self) is Decimal else _triple(self._sign, '0', exp)
        n = len(digits)
        lowest = n + exp - prec
        if lowest > etop:
            ans = context._signal_condition(Overflow, self._sign)
            context._signal_condition(Inexact)
            context._signal_condition(Rounded)
            return ans
        subnormal = lowest < etiny
        if subnormal:
            lowest = etiny
        if exp < lowest:
            keep = n + exp - lowest
            src = self
            if keep < 0:
                src = _triple(self._sign, '1', lowest - 1)
                keep = 0
            change = _ROUNDERS[context._rounding](src, keep)
            coeff = src._digits[:keep] or '0'
            if change > 0:
                coeff = _istr(_iint(coeff) + 1)
                if len(coeff) > prec:
                    coeff = coeff[:-1]
                    lowest += 1
            if lowest > etop:
                ans = context._signal_condition(Overflow, self._sign)
            else:
                ans = _triple(self._sign, coeff, lowest)
            if change and subnormal:
                context._signal_condition(Underflow)
            if subnormal:
                context._signal_condition(Subnormal)
            if change:
                context._signal_condition(Inexact)
            context._signal_condition(Rounded)
            if not ans:
                context._signal_condition(Clamped)
            return ans
        if subnormal:
            context._signal_condition(Subnormal)
        if context._clamp == 1 and exp > etop:
            context._signal_condition(Clamped)
            return _triple(self._sign, digits + '0' * (exp - etop), etop)
        return self if type(self) is Decimal else _triple(self._sign, digits, exp)

    def _requantize(self, exp, rounding):
        if self._special:
            return self
        if self._digits == '0':
            return _triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _triple(self._sign, self._digits + '0' * (self._exp - exp), exp)
        keep = len(self._digits) + self._exp - exp
        src = self
        if keep < 0:
            src = _triple(self._sign, '1', exp - 1)
            keep = 0
        change = _ROUNDERS[rounding](src, keep)
        coeff = src._digits[:keep] or '0'
        if change == 1:
            coeff = _istr(_iint(coeff) + 1)
        return _triple(self._sign, coeff, exp)

    def _round_sig(self, places, rounding):
        if self._special or self._digits == '0':
            return self
        adj = self.adjusted()
        ans = self._requantize(adj + 1 - places, rounding)
        if ans.adjusted() != adj:
            ans = ans._requantize(ans.adjusted() + 1 - places, rounding)
        return ans

    # -- unary operations
    def _neg(self, context):
        if self._special:
            ans = self._nans(None, context)
            if ans is not None:
                return ans
        if not self._special and self._digits == '0' and context._rounding != ROUND_FLOOR:
            ans = _triple(0, self._digits, self._exp, self._special)
        else:
            ans = _triple(1 - self._sign, self._digits, self._exp, self._special)
        return ans._finish_rounding(context)

    def _pos(self, context):
        if self._special:
            ans = self._nans(None, context)
            if ans is not None:
                return ans
        if not self._special and self._digits == '0' and context._rounding != ROUND_FLOOR:
            ans = _triple(0, self._digits, self._exp, self._special)
        else:
            ans = self
        return ans._finish_rounding(context)

    def _abs(self, context):
        if self._special:
            ans = self._nans(None, context)
            if ans is not None:
                return ans
        if self._sign:
            return self._neg(context)
        return self._pos(context)

    def __neg__(self):
        c = getcontext()
        return c._check(self._neg(c))

    def __pos__(self):
        c = getcontext()
        return c._check(self._pos(c))

    def __abs__(self):
        c = getcontext()
        return c._check(self._abs(c))

    # -- addition
    def _add(self, other, context):
        if self._special or other._special:
            ans = self._nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    return context._signal_condition(InvalidOperation)
                return _INFINITIES[self._sign]
            if other._exp == 'F':
                return _INFINITIES[other._sign]
        exp = min(self._exp, other._exp)
        negzero = 1 if (context._rounding == ROUND_FLOOR and
                        self._sign != other._sign) else 0
        sz = self._digits == '0'
        oz = other._digits == '0'
        if sz and oz:
            sign = min(self._sign, other._sign)
            if negzero:
                sign = 1
            return _triple(sign, '0', exp)._finish_rounding(context)
        prec = context._prec
        if sz:
            exp = max(exp, other._exp - prec - 1)
            return other._requantize(exp, context._rounding)._finish_rounding(context)
        if oz:
            exp = max(exp, self._exp - prec - 1)
            return self._requantize(exp, context._rounding)._finish_rounding(context)
        # Line the operands up; a much smaller operand only matters as a sticky digit.
        if self._exp < other._exp:
            hi, lo = other, self
        else:
            hi, lo = self, other
        hi_int = _iint(hi._digits)
        lo_int = _iint(lo._digits)
        lo_exp = lo._exp
        floor = hi._exp + min(-1, len(hi._digits) - prec - 2)
        if len(lo._digits) + lo_exp - 1 < floor:
            lo_int = 1
            lo_exp = floor
        hi_int *= 10 ** (hi._exp - lo_exp)
        if hi is self:
            a_int, a_sign, b_int, b_sign = hi_int, hi._sign, lo_int, lo._sign
        else:
            a_int, a_sign, b_int, b_sign = lo_int, lo._sign, hi_int, hi._sign
        if a_sign != b_sign:
            if a_int == b_int:
                return _triple(negzero, '0', exp)._finish_rounding(context)
            if a_int < b_int:
                a_int, a_sign, b_int, b_sign = b_int, b_sign, a_int, a_sign
            total = a_int - b_int
            sign = a_sign
        else:
            total = a_int + b_int
            sign = a_sign
        return _triple(sign, _istr(total), lo_exp)._finish_rounding(context)

    def _sub(self, other, context):
        if self._special or other._special:
            ans = self._nans(other, context)
            if ans is not None:
                return ans
        return self._add(_triple(1 - other._sign, other._digits, other._exp,
                                 other._special), context)





    # -- multiplication and division
    def _mul(self, other, context):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if not other:
                    return context._signal_condition(InvalidOperation)
                return _INFINITIES[sign]
            if other._exp == 'F':
                if not self:
                    return context._signal_condition(InvalidOperation)
                return _INFINITIES[sign]
        exp = self._exp + other._exp
        a = self._digits
        b = other._digits
        if a == '0' or b == '0':
            return _triple(sign, '0', exp)._finish_rounding(context)
        if a == '1':
            return _triple(sign, b, exp)._finish_rounding(context)
        if b == '1':
            return _triple(sign, a, exp)._finish_rounding(context)
        return _triple(sign, _istr(_iint(a) * _iint(b)), exp)._finish_rounding(context)



    def _truediv(self, other, context):
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                return context._signal_condition(InvalidOperation)
            if self._exp == 'F':
                return _INFINITIES[sign]
            if other._exp == 'F':
                context._signal_condition(Clamped)
                return _triple(sign, '0', context.Etiny())
        if other._digits == '0':
            if self._digits == '0':
                return context._signal_condition(DivisionUndefined)
            return context._signal_condition(DivisionByZero, sign)
        if self._digits == '0':
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._digits) - len(self._digits) + context._prec + 1
            exp = self._exp - other._exp - shift
            a = _iint(self._digits)
            b = _iint(other._digits)
            if shift >= 0:
                coeff, rem = divmod(a * 10 ** shift, b)
            else:
                coeff, rem = divmod(a, b * 10 ** -shift)
            if rem:
                # A 5 or 0 last digit would read as exact/half: nudge it (sticky digit).
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal = self._exp - other._exp
                while exp < ideal and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _triple(sign, _istr(coeff), exp)._finish_rounding(context)



    def _int_divide(self, other, context):
        # (quotient, remainder) for finite self and nonzero other.
        sign = self._sign ^ other._sign
        if other._exp == 'F':
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        diff = self.adjusted() - other.adjusted()
        if self._digits == '0' or other._exp == 'F' or diff <= -2:
            return (_triple(sign, '0', 0), self._requantize(ideal, context._rounding))
        if diff <= context._prec:
            a = _iint(self._digits)
            b = _iint(other._digits)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context._prec:
                return (_triple(sign, _istr(q), 0), _triple(self._sign, _istr(r), ideal))
        ans = context._signal_condition(DivisionImpossible)
        return ans, ans

    def _divmod(self, other, context):
        ans = self._nans(other, context)
        if ans is not None:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._exp == 'F':
            if other._exp == 'F':
                ans = context._signal_condition(InvalidOperation)
                return ans, ans
            return (_INFINITIES[sign], context._signal_condition(InvalidOperation))
        if other._digits == '0' and not other._special:
            if self._digits == '0':
                ans = context._signal_condition(DivisionUndefined)
                return ans, ans
            return (context._signal_condition(DivisionByZero, sign),
                    context._signal_condition(InvalidOperation))
        q, r = self._int_divide(other, context)
        return q._finish_rounding(context), r._finish_rounding(context)

    def _mod(self, other, context):
        ans = self._nans(other, context)
        if ans is not None:
            return ans
        if self._exp == 'F':
            return context._signal_condition(InvalidOperation)
        if other._digits == '0' and not other._special:
            if self._digits != '0':
                return context._signal_condition(InvalidOperation)
            return context._signal_condition(DivisionUndefined)
        return self._int_divide(other, context)[1]._finish_rounding(context)

    def _floordiv(self, other, context):
        ans = self._nans(other, context)
        if ans is not None:
            return ans
        if self._exp == 'F':
            if other._exp == 'F':
                return context._signal_condition(InvalidOperation)
            return _INFINITIES[self._sign ^ other._sign]
        if other._digits == '0' and not other._special:
            if self._digits != '0':
                return context._signal_condition(DivisionByZero, self._sign ^ other._sign)
            return context._signal_condition(DivisionUndefined)
        return self._int_divide(other, context)[0]._finish_rounding(context)







    def remainder_near(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        return context._check(self._remainder_near(other, context))

    def _remainder_near(self, other, context):
        ans = self._nans(other, context)
        if ans is not None:
            return ans
        if self._exp == 'F':
            return context._signal_condition(InvalidOperation)
        if other._digits == '0' and not other._special:
            if self._digits != '0':
                return context._signal_condition(InvalidOperation)
            return context._signal_condition(DivisionUndefined)
        if other._exp == 'F':
            return self._finish_rounding(context)
        ideal = min(self._exp, other._exp)
        if self._digits == '0':
            return _triple(self._sign, '0', ideal)._finish_rounding(context)
        diff = self.adjusted() - other.adjusted()
        if diff >= context._prec + 1:
            return context._signal_condition(DivisionImpossible)
        if diff <= -2:
            return self._requantize(ideal, context._rounding)._finish_rounding(context)
        a = _iint(self._digits)
        b = _iint(other._digits)
        if self._exp >= other._exp:
            a *= 10 ** (self._exp - other._exp)
        else:
            b *= 10 ** (other._exp - self._exp)
        q, r = divmod(a, b)
        if 2 * r + (q & 1) > b:
            r -= b
            q += 1
        if q >= 10 ** context._prec:
            return context._signal_condition(DivisionImpossible)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _triple(sign, _istr(r), ideal)._finish_rounding(context)

    # -- fused multiply-add
    def fma(self, other, third, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        third = _context_operand(third)
        return context._check(self._fma(other, third, context))

    def _fma(self, other, third, context):
        if self._special or other._special:
            if self._exp == 'N' or other._exp == 'N' or third._exp == 'N':
                context._signal_condition(InvalidOperation)
                for x in (self, other, third):
                    if x._exp == 'N':
                        return _triple(x._sign, x._digits, 'n', True)._nan_result(context)
            if self._exp == 'n':
                return self._nan_result(context)
            if other._exp == 'n':
                return other._nan_result(context)
            if self._exp == 'F':
                if not other:
                    return context._signal_condition(InvalidOperation)
                product = _INFINITIES[self._sign ^ other._sign]
            elif other._exp == 'F':
                if not self:
                    return context._signal_condition(InvalidOperation)
                product = _INFINITIES[self._sign ^ other._sign]
        else:
            product = _triple(self._sign ^ other._sign,
                              _istr(_iint(self._digits) * _iint(other._digits)),
                              self._exp + other._exp)
        return product._add(third, context)

    # -- powers
    def _power_modulo(self, other, modulo, context):
        kinds = (self._nan_kind(), other._nan_kind(), modulo._nan_kind())
        if any(kinds):
            for x, k in zip((self, other, modulo), kinds):
                if k == 2:
                    context._signal_condition(InvalidOperation)
                    return _triple(x._sign, x._digits, 'n', True)._nan_result(context)
            for x, k in zip((self, other, modulo), kinds):
                if k:
                    return x._nan_result(context)
        if not (self._is_integral() and other._is_integral() and modulo._is_integral()):
            return context._signal_condition(InvalidOperation)
        if other._sign and other._digits != '0':
            return context._signal_condition(InvalidOperation)
        if modulo._digits == '0':
            return context._signal_condition(InvalidOperation)
        if modulo.adjusted() >= context._prec:
            return context._signal_condition(InvalidOperation)
        if other._digits == '0' and self._digits == '0':
            return context._signal_condition(InvalidOperation)
        sign = 0 if other._is_even() else self._sign
        m = abs(_iint(modulo))
        base = self._integral_value()
        expo = other._integral_value()
        b = (_iint(base._digits) % m * pow(10, base._exp, m)) % m
        for _ in range(expo._exp):
            b = pow(b, 10, m)
        b = pow(b, _iint(expo._digits), m)
        return _triple(sign, _istr(b), 0)

    def _integral_value(self):
        if self._exp >= 0:
            return self
        return self._requantize(0, ROUND_DOWN)

    def _power_exact(self, other, p):
        xc = _iint(self._digits)
        xe = self._exp
        while xc % 10 == 0:
            xc //= 10
            xe += 1
        yc = _iint(other._digits)
        ye = other._exp
        while yc % 10 == 0:
            yc //= 10
            ye += 1
        if xc == 1:
            xe *= yc
            while xe % 10 == 0:
                xe //= 10
                ye += 1
            if ye < 0:
                return None
            exponent = xe * 10 ** ye
            if other._sign:
                exponent = -exponent
            if other._is_integral() and other._sign == 0:
                ideal = self._exp * _iint(other)
                zeros = min(exponent - ideal, p - 1)
            else:
                zeros = 0
            return _triple(0, '1' + '0' * zeros, exponent - zeros)
        if other._sign:
            last = xc % 10
            if last in (2, 4, 6, 8):
                if xc & -xc != xc:
                    return None
                e = xc.bit_length() - 1
                emax = p * 93 // 65
                if ye >= len(_istr(emax)):
                    return None
                e = _shift10_exact(e * yc, ye)
                xe = _shift10_exact(xe * yc, ye)
                if e is None or xe is None or e > emax:
                    return None
                xc = 5 ** e
            elif last == 5:
                e = xc.bit_length() * 28 // 65
                xc, rem = divmod(5 ** e, xc)
                if rem:
                    return None
                while xc % 5 == 0:
                    xc //= 5
                    e -= 1
                emax = p * 10 // 3
                if ye >= len(_istr(emax)):
                    return None
                e = _shift10_exact(e * yc, ye)
                xe = _shift10_exact(xe * yc, ye)
                if e is None or xe is None or e > emax:
                    return None
                xc = 2 ** e
            else:
                return None
            if xc >= 10 ** p:
                return None
            return _triple(0, _istr(xc), -e - xe)
        if ye >= 0:
            m, n = yc * 10 ** ye, 1
        else:
            if xe != 0 and len(_istr(abs(yc * xe))) <= -ye:
                return None
            xc_bits = xc.bit_length()
            if len(_istr(abs(yc) * xc_bits)) <= -ye:
                return None
            m, n = yc, 10 ** -ye
            while m % 2 == n % 2 == 0:
                m //= 2
                n //= 2
            while m % 5 == n % 5 == 0:
                m //= 5
                n //= 5
        if n > 1:
            if xc_bits <= n:
                return None
            xe, rem = divmod(xe, n)
            if rem:
                return None
            a = 1 << -(-xc.bit_length() // n)
            while True:
                q, r = divmod(xc, a ** (n - 1))
                if a <= q:
                    break
                a = (a * (n - 1) + q) // n
            if not (a == q and r == 0):
                return None
            xc = a
        if xc > 1 and m > p * 100 // _log10_lower(xc):
            return None
        xc = xc ** m
        xe *= m
        if xc > 10 ** p:
            return None
        text = _istr(xc)
        if other._is_integral() and other._sign == 0:
            ideal = self._exp * _iint(other)
            zeros = min(xe - ideal, p - len(text))
        else:
            zeros = 0
        return _triple(0, text + '0' * zeros, xe - zeros)

    def _pow(self, other, context):
        # libmpdec's algorithm (what the C module computes), not a correctly rounded one:
        # integer exponents by repeated squaring at a few extra digits, others as
        # exp(y * ln(x)) at prec + 23 digits, each step rounded half-even.
        ans = self._nans(other, context)
        if ans is not None:
            return ans
        intexp = other._is_integral()
        rsign = 1 if (intexp and self._sign and not other._is_even()) else 0
        if not self._special and self._digits == '0':
            if not other._special and other._digits == '0':
                return context._signal_condition(InvalidOperation)
            if other._sign:
                return _INFINITIES[rsign]
            return _triple(rsign, '0', 0)
        if self._sign and (not intexp or other._exp == 'F'):
            return context._signal_condition(InvalidOperation)
        if other._exp == 'F':
            c = self._cmp(_ONE)
            if c == 0:
                context._signal_condition(Inexact)
                context._signal_condition(Rounded)
                p = context._prec
                return _triple(rsign, '1' + '0' * (p - 1), 1 - p)
            if other._sign:
                c = -c
            if c < 0:
                return _triple(rsign, '0', 0)
            return _INFINITIES[rsign]
        if self._exp == 'F':
            if other._digits == '0':
                return _triple(rsign, '1', 0)
            if other._sign:
                return _triple(rsign, '0', 0)
            return _INFINITIES[rsign]
        if other._digits == '0':
            return _triple(rsign, '1', 0)
        base_abs = _triple(0, self._digits, self._exp)
        c = base_abs._cmp(_ONE)
        if c == 0:
            p = context._prec
            if intexp:
                if other._sign:
                    return _triple(rsign, '1', 0)
                shift = _iint(other) * -self._exp
                if shift > p - 1:
                    shift = p - 1
                    context._signal_condition(Rounded)
            else:
                shift = p - 1
                context._signal_condition(Inexact)
                context._signal_condition(Rounded)
            return _triple(rsign, '1' + '0' * shift, -shift)
        # certain overflow or underflow
        theta = other.adjusted()
        t = base_abs.adjusted()
        if t > 0:
            zeta = len(_istr(t)) - 1
        elif t < -1:
            zeta = len(_istr(-(t + 1))) - 1 if t + 1 else 0
        else:
            u = base_abs._add(_triple(1, '1', 0), _MAXCTX.copy()).adjusted()
            zeta = u - 2 if t == 0 else u - 1
        if ((t < 0) ^ other._sign) == 0:
            if len(_istr(context._Emax)) < zeta + theta:
                return _triple(rsign, '1', _EXP_INF)._finish_rounding(context)
        else:
            etiny = context.Etiny()
            if len(_istr(abs(etiny))) < zeta + theta:
                return _triple(rsign, '1', etiny - 1)._finish_rounding(context)
        if intexp:
            return self._pow_int(other, rsign, context)
        work = _MAXCTX.copy()
        object.__setattr__(work, '_prec', max(len(self._digits), context._prec) + 23)
        r = self._ln(work)
        r = r._mul(other, work)
        inner = _MAXCTX.copy()
        object.__setattr__(inner, '_prec', work._prec)
        r = r._exp_(inner)
        context._merge(inner, (Overflow, Underflow, Subnormal, Clamped))
        context._signal_condition(Inexact)
        context._signal_condition(Rounded)
        if not r._special and r._cmp(_ONE) == 0:
            p = context._prec
            r = _triple(0, '1' + '0' * (p - 1), 1 - p)
        if r._exp == 'F':
            r = _triple(0, '1', _EXP_INF)
        return r._finish_rounding(context)

    def _pow_int(self, other, rsign, context):
        work = context.copy()
        work.clear_flags()
        work.clear_traps()
        object.__setattr__(work, '_prec', context._prec + len(other._digits) + other._exp + 2)
        object.__setattr__(work, '_rounding', ROUND_HALF_EVEN)
        object.__setattr__(work, '_clamp', 0)
        n = abs(_iint(other))
        if other._sign:
            object.__setattr__(work, '_prec', work._prec + 1)
            base = _ONE._truediv(self, work)
            context._merge(work, _SIGNALS)
            if base._special and base._exp != 'F':
                return _NaN._finish_rounding(context)
            work.clear_flags()
        else:
            base = self
        result = base
        bit = 1 << (n.bit_length() - 1)
        bit >>= 1
        while bit:
            result = result._mul(result, work)
            if n & bit:
                result = result._mul(base, work)
            if result._special or (result._digits == '0' and work._flags._d[Clamped]):
                break
            bit >>= 1
        context._merge(work, _SIGNALS)
        result = _triple(rsign, result._digits, result._exp, result._special)
        if result._exp == 'F':
            result = _triple(rsign, '1', _EXP_INF)
        return result._finish_rounding(context)

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            o = _operand(other)
            m = _operand(modulo)
            if o is NotImplemented or m is NotImplemented:
                return NotImplemented
            other, modulo = o, m
            c = getcontext()
            return c._check(self._power_modulo(other, modulo, c))
        o = _operand(other)
        if o is NotImplemented:
            return NotImplemented
        c = getcontext()
        return c._check(self._pow(o, c))

    def __rpow__(self, other, modulo=None):
        o = _operand(other)
        if o is NotImplemented:
            return NotImplemented
        other = o
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is NotImplemented:
                return modulo
            c = getcontext()
            return c._check(other._power_modulo(self, modulo, c))
        c = getcontext()
        return c._check(other._pow(self, c))

    # -- exponent handling
    def normalize(self, context=None):
        context = _resolve(context)
        return context._check(self._normalize(context))

    def _normalize(self, context):
        if self._special:
            ans = self._nans(None, context)
            if ans is not None:
                return ans
        d = self._finish_rounding(context)
        if d._exp == 'F':
            return d
        if d._digits == '0':
            return _triple(d._sign, '0', 0)
        hi = context.Etop() if context._clamp else context._Emax
        digits = d._digits
        end = len(digits)
        exp = d._exp
        while digits[end - 1] == '0' and exp < hi:
            exp += 1
            end -= 1
        return _triple(d._sign, digits[:end], exp)

    def quantize(self, exp, rounding=None, context=None):
        context = _resolve(context)
        exp = _context_operand(exp)
        rounding = _check_rounding(rounding, context)
        return context._check(self._quantize(exp, rounding, context))

    def _quantize(self, exp, rounding, context):
        if self._special or exp._special:
            ans = self._nans(exp, context)
            if ans is not None:
                return ans
            if exp._exp == 'F' or self._exp == 'F':
                if exp._exp == 'F' and self._exp == 'F':
                    return self
                return context._signal_condition(InvalidOperation)
        if not (context.Etiny() <= exp._exp <= context._Emax):
            return context._signal_condition(InvalidOperation)
        if self._digits == '0':
            return _triple(self._sign, '0', exp._exp)._finish_rounding(context)
        adj = self.adjusted()
        if adj > context._Emax:
            return context._signal_condition(InvalidOperation)
        if adj - exp._exp + 1 > context._prec:
            return context._signal_condition(InvalidOperation)
        ans = self._requantize(exp._exp, rounding)
        if ans.adjusted() > context._Emax:
            return context._signal_condition(InvalidOperation)
        if len(ans._digits) > context._prec:
            return context._signal_condition(InvalidOperation)
        if ans and ans.adjusted() < context._Emin:
            context._signal_condition(Subnormal)
        if ans._exp > self._exp:
            if ans._cmp(self) != 0:
                context._signal_condition(Inexact)
            context._signal_condition(Rounded)
        return ans._finish_rounding(context)

    def same_quantum(self, other, context=None):
        other = _context_operand(other)
        if self._special or other._special:
            return ((self._nan_kind() != 0 and other._nan_kind() != 0) or
                    (self._exp == 'F' and other._exp == 'F'))
        return self._exp == other._exp

    def to_integral_exact(self, rounding=None, context=None):
        context = _resolve(context)
        rounding = _check_rounding(rounding, context)
        if self._special:
            ans = self._nans(None, context)
            return context._check(ans if ans is not None else self)
        if self._exp >= 0:
            return self
        if self._digits == '0':
            return _triple(self._sign, '0', 0)
        ans = self._requantize(0, rounding)
        if ans._cmp(self) != 0:
            context._signal_condition(Inexact)
        context._signal_condition(Rounded)
        return context._check(ans)

    def to_integral_value(self, rounding=None, context=None):
        context = _resolve(context)
        rounding = _check_rounding(rounding, context)
        if self._special:
            ans = self._nans(None, context)
            return context._check(ans if ans is not None else self)
        if self._exp >= 0:
            return self
        return self._requantize(0, rounding)

    to_integral = to_integral_value

    # -- square root
    def sqrt(self, context=None):
        context = _resolve(context)
        return context._check(self._sqrt(context))

    def _sqrt(self, context):
        if self._special:
            ans = self._nans(None, context)
            if ans is not None:
                return ans
            if self._exp == 'F' and self._sign == 0:
                return self
            return context._signal_condition(InvalidOperation)
        if self._digits == '0':
            return _triple(self._sign, '0', self._exp // 2)._finish_rounding(context)
        if self._sign:
            return context._signal_condition(InvalidOperation)
        prec = context._prec + 1
        c = _iint(self._digits)
        e = self._exp >> 1
        if self._exp & 1:
            c *= 10
            length = (len(self._digits) >> 1) + 1
        else:
            length = (len(self._digits) + 1) >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, rem = divmod(c, 100 ** -shift)
            exact = not rem
        e -= shift
        n = 10 ** prec
        while True:
            q = c // n
            if n <= q:
                break
            n = (n + q) >> 1
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        return _fix_with(_triple(0, _istr(n), e), context, ROUND_HALF_EVEN)

    # -- max / min
    def _pick(self, other, context, want_max, by_mag):
        if self._special or other._special:
            sn = self._nan_kind()
            on = other._nan_kind()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._finish_rounding(context)
                if sn == 1 and on == 0:
                    return other._finish_rounding(context)
                return self._nans(other, context)
        if by_mag:
            c = _triple(0, self._digits, self._exp, self._special)._cmp(
                _triple(0, other._digits, other._exp, other._special))
        else:
            c = self._cmp(other)
        if c == 0:
            c = self._total_cmp(other)
        if want_max:
            ans = other if c == -1 else self
        else:
            ans = self if c == -1 else other
        return ans._finish_rounding(context)

    def max(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        return context._check(self._pick(other, context, True, False))

    def min(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        return context._check(self._pick(other, context, False, False))

    def max_mag(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        return context._check(self._pick(other, context, True, True))

    def min_mag(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        return context._check(self._pick(other, context, False, True))

    # -- predicates and small queries
    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        rest = self._digits[self._exp:]
        return rest == '0' * len(rest)

    def _is_even(self):
        if self._digits == '0' or self._exp > 0:
            return True
        return self._digits[-1 + self._exp] in '02468'

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(self._digits) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and self._digits == '0'

    def is_normal(self, context=None):
        context = _resolve(context)
        if self._special or self._digits == '0':
            return False
        return context._Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        context = _resolve(context)
        if self._special or self._digits == '0':
            return False
        return self.adjusted() < context._Emin

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        context = _resolve(context)
        if self._exp == 'N':
            return "sNaN"
        if self._exp == 'n':
            return "NaN"
        sign = '-' if self._sign else '+'
        if self._exp == 'F':
            return sign + "Infinity"
        if self._digits == '0':
            return sign + "Zero"
        if self.adjusted() < context._Emin:
            return sign + "Subnormal"
        return sign + "Normal"

    # -- total ordering
    def _total_cmp(self, other):
        if self._sign and not other._sign:
            return -1
        if not self._sign and other._sign:
            return 1
        neg = self._sign
        sn = self._nan_kind()
        on = other._nan_kind()
        if sn or on:
            if sn == on:
                a = (len(self._digits), self._digits)
                b = (len(other._digits), other._digits)
                if a == b:
                    return 0
                r = -1 if a < b else 1
                return -r if neg else r
            # quiet NaNs sort above signalling ones, both above numbers
            rank_s = {0: 0, 2: 1, 1: 2}[sn]
            rank_o = {0: 0, 2: 1, 1: 2}[on]
            r = -1 if rank_s < rank_o else 1
            return -r if neg else r
        c = self._cmp(other)
        if c:
            return c
        if self._exp == 'F' or other._exp == 'F' or self._exp == other._exp:
            return 0
        r = -1 if self._exp < other._exp else 1
        return -r if neg else r

    def compare_total(self, other, context=None):
        other = _context_operand(other)
        return _INT_DEC[self._total_cmp(other)]

    def compare_total_mag(self, other, context=None):
        other = _context_operand(other)
        a = _triple(0, self._digits, self._exp, self._special)
        b = _triple(0, other._digits, other._exp, other._special)
        return _INT_DEC[a._total_cmp(b)]

    def copy_abs(self):
        return _triple(0, self._digits, self._exp, self._special)

    def copy_negate(self):
        return _triple(1 - self._sign, self._digits, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _context_operand(other)
        return _triple(other._sign, self._digits, self._exp, self._special)

    # -- exponentials and logarithms
    def exp(self, context=None):
        context = _resolve(context)
        return context._check(self._exp_(context))

    def _exp_(self, context):
        ans = self._nans(None, context)
        if ans is not None:
            return ans
        inf = self._inf_sign()
        if inf == -1:
            return _ZERO
        if not self:
            return _ONE
        if inf == 1:
            return self
        p = context._prec
        adj = self.adjusted()
        if self._sign == 0 and adj > len(_istr((context._Emax + 1) * 3)):
            ans = _triple(0, '1', context._Emax + 1)
        elif self._sign == 1 and adj > len(_istr((-context.Etiny() + 1) * 3)):
            ans = _triple(0, '1', context.Etiny() - 1)
        elif self._sign == 0 and adj < -p:
            ans = _triple(0, '1' + '0' * (p - 1) + '1', -p)
        elif self._sign == 1 and adj < -p - 1:
            ans = _triple(0, '9' * (p + 1), -p - 1)
        else:
            c = _iint(self._digits)
            if self._sign:
                c = -c
            extra = 3
            while True:
                coeff, exp = _approx_exp(c, self._exp, p + extra)
                if coeff % (5 * 10 ** (len(_istr(coeff)) - p - 1)):
                    break
                extra += 3
            ans = _triple(0, _istr(coeff), exp)
        return _fix_with(ans, context, ROUND_HALF_EVEN)

    def _ln_bound(self):
        adj = self._exp + len(self._digits) - 1
        if adj >= 1:
            return len(_istr(adj * 23 // 10)) - 1
        if adj <= -2:
            return len(_istr((-1 - adj) * 23 // 10)) - 1
        c = _iint(self._digits)
        e = self._exp
        if adj == 0:
            num = _istr(c - 10 ** -e)
            den = _istr(c)
            return len(num) - len(den) - (num < den)
        return e + len(_istr(10 ** -e - c)) - 1

    def ln(self, context=None):
        context = _resolve(context)
        return context._check(self._ln(context))

    def _ln(self, context):
        ans = self._nans(None, context)
        if ans is not None:
            return ans
        if not self:
            return _NegativeInfinity
        if self._inf_sign() == 1:
            return _Infinity
        if self._cmp(_ONE) == 0:
            return _ZERO
        if self._sign:
            return context._signal_condition(InvalidOperation)
        c = _iint(self._digits)
        e = self._exp
        p = context._prec
        places = p - self._ln_bound() + 2
        while True:
            coeff = _approx_ln(c, e, places)
            if coeff % (5 * 10 ** (len(_istr(abs(coeff))) - p - 1)):
                break
            places += 3
        ans = _triple(_iint(coeff < 0), _istr(abs(coeff)), -places)
        return _fix_with(ans, context, ROUND_HALF_EVEN)

    def _log10_bound(self):
        adj = self._exp + len(self._digits) - 1
        if adj >= 1:
            return len(_istr(adj)) - 1
        if adj <= -2:
            return len(_istr(-1 - adj)) - 1
        c = _iint(self._digits)
        e = self._exp
        if adj == 0:
            num = _istr(c - 10 ** -e)
            den = _istr(231 * c)
            return len(num) - len(den) - (num < den) + 2
        num = _istr(10 ** -e - c)
        return len(num) + e - (num < "231") - 1

    def log10(self, context=None):
        context = _resolve(context)
        return context._check(self._log10(context))

    def _log10(self, context):
        ans = self._nans(None, context)
        if ans is not None:
            return ans
        if not self:
            return _NegativeInfinity
        if self._inf_sign() == 1:
            return _Infinity
        if self._sign:
            return context._signal_condition(InvalidOperation)
        if self._digits[0] == '1' and self._digits[1:] == '0' * (len(self._digits) - 1):
            ans = _from_int(self._exp + len(self._digits) - 1)
        else:
            c = _iint(self._digits)
            e = self._exp
            p = context._prec
            places = p - self._log10_bound() + 2
            while True:
                coeff = _approx_log10(c, e, places)
                if coeff % (5 * 10 ** (len(_istr(abs(coeff))) - p - 1)):
                    break
                places += 3
            ans = _triple(_iint(coeff < 0), _istr(abs(coeff)), -places)
        return _fix_with(ans, context, ROUND_HALF_EVEN)

    def logb(self, context=None):
        context = _resolve(context)
        ans = self._nans(None, context)
        if ans is not None:
            return context._check(ans)
        if self._exp == 'F':
            return _Infinity
        if not self:
            return context._check(context._signal_condition(DivisionByZero, 1))
        return context._check(_from_int(self.adjusted())._finish_rounding(context))

    # -- logical operations (operands made of 0/1 digits)
    def _is_logical(self):
        if self._special or self._sign != 0 or self._exp != 0:
            return False
        for ch in self._digits:
            if ch not in '01':
                return False
        return True

    def _logical(self, other, context, op):
        if not self._is_logical() or not other._is_logical():
            return context._check(context._signal_condition(InvalidOperation))
        p = context._prec
        a = self._digits.rjust(p, '0')[-p:]
        b = other._digits.rjust(p, '0')[-p:]
        if op == '&':
            out = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(a, b))
        elif op == '|':
            out = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(a, b))
        else:
            out = ''.join('1' if x != y else '0' for x, y in zip(a, b))
        return _triple(0, out.lstrip('0') or '0', 0)

    def logical_and(self, other, context=None):
        context = _resolve(context)
        return self._logical(_context_operand(other), context, '&')

    def logical_or(self, other, context=None):
        context = _resolve(context)
        return self._logical(_context_operand(other), context, '|')

    def logical_xor(self, other, context=None):
        context = _resolve(context)
        return self._logical(_context_operand(other), context, '^')

    def logical_invert(self, context=None):
        context = _resolve(context)
        return self._logical(_triple(0, '1' * context._prec, 0), context, '^')

    # -- neighbours
    def next_minus(self, context=None):
        context = _resolve(context)
        return context._check(self._next(context, -1))

    def next_plus(self, context=None):
        context = _resolve(context)
        return context._check(self._next(context, 1))

    def _next(self, context, direction):
        ans = self._nans(None, context)
        if ans is not None:
            return ans
        inf = self._inf_sign()
        if inf == direction:
            return _INFINITIES[0 if direction > 0 else 1]
        if inf == -direction:
            return _triple(0 if direction < 0 else 1, '9' * context._prec, context.Etop())
        scratch = context._quiet_copy(ROUND_CEILING if direction > 0 else ROUND_FLOOR)
        moved = self._finish_rounding(scratch)
        if moved._cmp(self) != 0:
            return moved
        tiny = _triple(0 if direction > 0 else 1, '1', scratch.Etiny() - 1)
        return self._add(tiny, scratch)

    def next_toward(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        ans = self._nans(other, context)
        if ans is not None:
            return context._check(ans)
        c = self._cmp(other)
        if c == 0:
            return self.copy_sign(other)
        ans = self._next(context, 1 if c == -1 else -1)
        if ans._exp == 'F':
            context._signal_condition(Overflow, ans._sign)
            context._signal_condition(Inexact)
            context._signal_condition(Rounded)
        elif ans.adjusted() < context._Emin:
            context._signal_condition(Underflow)
            context._signal_condition(Subnormal)
            context._signal_condition(Inexact)
            context._signal_condition(Rounded)
            if not ans:
                context._signal_condition(Clamped)
        return context._check(ans)

    # -- digit shuffling
    def _shift_count(self, other, context, limit):
        ans = self._nans(other, context)
        if ans is not None:
            return ans, None
        if other._special or other._exp != 0:
            return context._signal_condition(InvalidOperation), None
        n = _iint(other)
        if not -limit <= n <= limit:
            return context._signal_condition(InvalidOperation), None
        return None, n

    def rotate(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        ans, n = self._shift_count(other, context, context._prec)
        if ans is not None:
            return context._check(ans)
        if self._exp == 'F':
            return self
        p = context._prec
        digits = self._digits.rjust(p, '0')[-p:]
        out = digits[n:] + digits[:n]
        return _triple(self._sign, out.lstrip('0') or '0', self._exp)

    def shift(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        ans, n = self._shift_count(other, context, context._prec)
        if ans is not None:
            return context._check(ans)
        if self._exp == 'F':
            return self
        p = context._prec
        digits = self._digits.rjust(p, '0')[-p:]
        if n < 0:
            out = digits[:n]
        else:
            out = (digits + '0' * n)[-p:]
        return _triple(self._sign, out.lstrip('0') or '0', self._exp)

    def scaleb(self, other, context=None):
        context = _resolve(context)
        other = _context_operand(other)
        ans = self._nans(other, context)
        if ans is not None:
            return context._check(ans)
        if other._special or other._exp != 0:
            return context._check(context._signal_condition(InvalidOperation))
        limit = 2 * (context._Emax + context._prec)
        n = _iint(other)
        if not -limit <= n <= limit:
            return context._check(context._signal_condition(InvalidOperation))
        if self._exp == 'F':
            return self
        return context._check(_triple(self._sign, self._digits, self._exp + n)._finish_rounding(context))

    # -- formatting
    def __format__(self, spec, context=None):
        if not isinstance(spec, str):
            raise TypeError("argument 1 must be str, not %s" % _type_label(spec))
        if context is None:
            context = getcontext()
        f = _parse_spec(spec)
        if self._special:
            if f['zeropad']:
                f['fill'] = ' '
                f['align'] = '>'
            sign = _sign_text(self._sign, f)
            body = self._text(False, context)
            if self._sign:
                body = body[1:]
            if f['type'] == '%':
                body += '%'
            return _align(sign, body, f)
        kind = f['type']
        if kind is None:
            kind = 'G' if context._capitals else 'g'
        num = self
        if kind == '%':
            num = _triple(num._sign, num._digits, num._exp + 2)
        rounding = context._rounding
        prec = f['precision']
        if prec is not None:
            if kind in 'eE':
                num = num._round_sig(prec + 1, rounding)
            elif kind in 'fF%':
                num = num._requantize(-prec, rounding)
            elif kind in 'gG' and len(num._digits) > prec:
                num = num._round_sig(prec, rounding)
        if num._digits == '0' and num._exp > 0 and kind in 'fF%':
            num = num._requantize(0, rounding)
        if num._digits == '0' and f['no_neg_0'] and num._sign:
            sign = 0
        else:
            sign = num._sign
        left = num._exp + len(num._digits)
        if kind in 'eE':
            if num._digits == '0' and prec is not None:
                dot = 1 - prec
            else:
                dot = 1
        elif kind in 'fF%':
            dot = left
        else:
            if num._exp <= 0 and left > -6:
                dot = left
            else:
                dot = 1
        digits = num._digits
        if dot < 0:
            ipart = '0'
            fpart = '0' * -dot + digits
        elif dot > len(digits):
            ipart = digits + '0' * (dot - len(digits))
            fpart = ''
        else:
            ipart = digits[:dot] or '0'
            fpart = digits[dot:]
        return _format_body(sign, ipart, fpart, left - dot, kind, f)


def _binary(name, sym, impl, reflected):
    if reflected:
        def op(self, other):
            o = _operand(other)
            if o is NotImplemented:
                return NotImplemented
            c = getcontext()
            r = impl(o, self, c)
            if c._pending is not None:
                c._check()
            return r
    else:
        def op(self, other):
            o = _operand(other)
            if o is NotImplemented:
                return NotImplemented
            c = getcontext()
            r = impl(self, o, c)
            if c._pending is not None:
                c._check()
            return r
    op.__name__ = name
    op.__qualname__ = 'Decimal.' + name
    setattr(Decimal, name, op)


for _n, _sym, _impl in (('add', '+', Decimal._add), ('sub', '-', Decimal._sub),
                        ('mul', '*', Decimal._mul), ('truediv', '/', Decimal._truediv),
                        ('floordiv', '//', Decimal._floordiv), ('mod', '%', Decimal._mod),
                        ('divmod', 'divmod()', Decimal._divmod)):
    _binary('__%s__' % _n, _sym, _impl, False)
    _binary('__r%s__' % _n, _sym, _impl, True)
del _n, _sym, _impl


_numbers.Number.register(Decimal)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _fix_with(ans, context, rounding):
    # Round with a different rounding mode but the caller's flags and traps.
    saved = context._rounding
    object.__setattr__(context, '_rounding', rounding)
    try:
        return ans._finish_rounding(context)
    finally:
        object.__setattr__(context, '_rounding', saved)


# -- rounding decisions: given the digits to keep, 1 = round away, 0 = exact, -1 = truncate
def _all_zero_from(s, i):
    return s[i:].strip('0') == ''


def _exact_half_from(s, i):
    return s[i:i + 1] == '5' and s[i + 1:].strip('0') == ''


def _r_down(d, keep):
    return 0 if _all_zero_from(d._digits, keep) else -1


def _r_up(d, keep):
    return 0 if _all_zero_from(d._digits, keep) else 1


def _r_half_up(d, keep):
    s = d._digits
    if s[keep] in '56789':
        return 1
    return 0 if _all_zero_from(s, keep) else -1


def _r_half_down(d, keep):
    if _exact_half_from(d._digits, keep):
        return -1
    return _r_half_up(d, keep)


def _r_half_even(d, keep):
    s = d._digits
    if _exact_half_from(s, keep) and (keep == 0 or s[keep - 1] in '02468'):
        return -1
    return _r_half_up(d, keep)


def _r_ceiling(d, keep):
    if d._sign:
        return _r_down(d, keep)
    return -_r_down(d, keep)


def _r_floor(d, keep):
    if not d._sign:
        return _r_down(d, keep)
    return -_r_down(d, keep)


def _r_05up(d, keep):
    if keep and d._digits[keep - 1] not in '05':
        return _r_down(d, keep)
    return -_r_down(d, keep)


_ROUNDERS = {
    ROUND_DOWN: _r_down, ROUND_UP: _r_up, ROUND_HALF_UP: _r_half_up,
    ROUND_HALF_DOWN: _r_half_down, ROUND_HALF_EVEN: _r_half_even,
    ROUND_CEILING: _r_ceiling, ROUND_FLOOR: _r_floor, ROUND_05UP: _r_05up,
}


# -- integer helpers for the transcendental functions

def _shift10_exact(n, e):
    if n == 0:
        return 0
    if e >= 0:
        return n * 10 ** e
    text = _istr(abs(n))
    zeros = len(text) - len(text.rstrip('0'))
    return None if zeros < -e else n // 10 ** -e


def _sqrt_near(n, a):
    b = 0
    while a != b:
        b, a = a, a - -n // a >> 1
    return a


def _rshift_near(x, shift):
    b, q = 1 << shift, x >> shift
    return q + (2 * (x & (b - 1)) + (q & 1) > b)


def _div_near(a, b):
    q, r = divmod(a, b)
    return q + (2 * r + (q & 1) > b)


def _int_log(x, M, L=8):
    # M*log(x/M) by argument reduction (square roots) then a Taylor series in atanh form.
    y = x - M
    R = 0
    while (R <= L and abs(y) << L - R >= M or
           R > L and abs(y) >> R - L >= M):
        y = _div_near((M * y) << 1, M + _sqrt_near(M * (M + _rshift_near(y, R)), M))
        R += 1
    T = -_iint(-10 * len(_istr(M)) // (3 * L))
    yshift = _rshift_near(y, R)
    w = _div_near(M, T)
    for k in range(T - 1, 0, -1):
        w = _div_near(M, k) - _div_near(yshift * w, M)
    return _div_near(w * y, M)


def _approx_log10(c, e, p):
    p += 2
    l = len(_istr(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        M = 10 ** p
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_near(c, 10 ** -k)
        log_d = _int_log(c, M)
        log_10 = _ln10_digits(p)
        log_d = _div_near(log_d * M, log_10)
        log_tenpower = f * M
    else:
        log_d = 0
        log_tenpower = _div_near(f, 10 ** -p)
    return _div_near(log_tenpower + log_d, 100)


def _approx_ln(c, e, p):
    p += 2
    l = len(_istr(c))
    f = e + l - (e + l >= 1)
    if p > 0:
        k = e + p - f
        if k >= 0:
            c *= 10 ** k
        else:
            c = _div_near(c, 10 ** -k)
        log_d = _int_log(c, 10 ** p)
    else:
        log_d = 0
    if f:
        extra = len(_istr(abs(f))) - 1
        if p + extra >= 0:
            f_log_ten = _div_near(f * _ln10_digits(p + extra), 10 ** extra)
        else:
            f_log_ten = 0
    else:
        f_log_ten = 0
    return _div_near(f_log_ten + log_d, 100)


_LN10 = ["23025850929940456840179914546843642076011014886"]


def _ln10_digits(p):
    # floor(10**p * ln(10)), extending the cached digits when more are needed.
    if p >= len(_LN10[0]):
        extra = 3
        while True:
            M = 10 ** (p + extra + 2)
            digits = _istr(_div_near(_int_log(10 * M, M), 100))
            if digits[-extra:] != '0' * extra:
                break
            extra += 3
        _LN10[0] = digits.rstrip('0')[:-1]
    return _iint(_LN10[0][:p + 1])


def _int_exp(x, M, L=8):
    R = (((x << L) // M)).bit_length()
    T = -_iint(-10 * len(_istr(M)) // (3 * L))
    y = _div_near(x, T)
    Mshift = M << R
    for i in range(T - 1, 0, -1):
        y = _div_near(x * (Mshift + y), Mshift * i)
    for k in range(R - 1, -1, -1):
        Mshift = M << (k + 2)
        y = _div_near(y * (y + Mshift), Mshift)
    return M + y


def _approx_exp(c, e, p):
    p += 2
    extra = max(0, e + len(_istr(c)) - 1)
    q = p + extra
    shift = e + q
    if shift >= 0:
        cshift = c * 10 ** shift
    else:
        cshift = c // 10 ** -shift
    quot, rem = divmod(cshift, _ln10_digits(q))
    rem = _div_near(rem, 10 ** extra)
    return _div_near(_int_exp(rem, 10 ** p), 1000), quot - p + 3


def _approx_power(xc, xe, yc, ye, p):
    b = len(_istr(abs(yc))) + ye
    lxc = _approx_ln(xc, xe, p + b + 1)
    shift = ye - b
    if shift >= 0:
        pc = lxc * yc * 10 ** shift
    else:
        pc = _div_near(lxc * yc, 10 ** -shift)
    if pc == 0:
        if (len(_istr(xc)) + xe >= 1) == (yc > 0):
            coeff, exp = 10 ** (p - 1) + 1, 1 - p
        else:
            coeff, exp = 10 ** p - 1, -p
    else:
        coeff, exp = _approx_exp(pc, -(p + 1), p + 1)
        coeff = _div_near(coeff, 10)
        exp += 1
    return coeff, exp


_LOG10_FIRST = {'1': 100, '2': 70, '3': 53, '4': 40, '5': 31, '6': 23, '7': 16, '8': 10,
                '9': 5}


def _log10_lower(c):
    text = _istr(c)
    return 100 * len(text) - _LOG10_FIRST[text[0]]


# -- format specifications (the C module's grammar: no '#', no '_')

def _parse_spec(spec):
    f = {'fill': ' ', 'align': None, 'sign': '-', 'no_neg_0': False, 'zeropad': False,
         'width': 0, 'sep': '', 'precision': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        f['fill'] = spec[0]
        f['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        f['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        f['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        f['no_neg_0'] = True
        i += 1
    if i < n and spec[i] == '0':
        # libmpdec: zero padding is an alignment, which may not be given twice.
        if f['align'] is not None:
            raise ValueError("invalid format string")
        f['fill'] = '0'
        f['align'] = '='
        f['zeropad'] = True
        i += 1
    # Nor may a width start with a zero ('0096').
    if i < n and spec[i] == '0':
        raise ValueError("invalid format string")
    j = i
    while i < n and spec[i].isdigit() and spec[i].isascii():
        i += 1
    if i > j:
        f['width'] = _iint(spec[j:i])
    if i < n and spec[i] == ',':
        f['sep'] = ','
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit() and spec[i].isascii():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        f['precision'] = _iint(spec[j:i])
    if i < n and spec[i] in 'eEfFgGn%':
        f['type'] = spec[i]
        i += 1
    if i != n:
        raise ValueError("invalid format string")
    if f['type'] == 'n':
        if f['sep']:
            raise ValueError("invalid format string")
        f['type'] = 'g'
    if f['precision'] == 0 and (f['type'] is None or f['type'] in 'gG'):
        f['precision'] = 1
    if f['align'] is None:
        f['align'] = '>'
    return f


def _sign_text(negative, f):
    if negative:
        return '-'
    if f['sign'] in ' +':
        return f['sign']
    return ''


def _align(sign, body, f):
    pad = f['width'] - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    fill = f['fill'] * pad
    a = f['align']
    if a == '<':
        return sign + body + fill
    if a == '=':
        return sign + fill + body
    if a == '^':
        half = pad // 2
        return fill[:half] + sign + body + fill[half:]
    return fill + sign + body


def _group(digits, sep, min_width):
    groups = []
    while True:
        l = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (l - len(digits)) + digits[-l:])
        digits = digits[:-l]
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_body(negative, ipart, fpart, exp, kind, f):
    sign = _sign_text(negative, f)
    if fpart:
        fpart = '.' + fpart
    if exp != 0 or kind in 'eE':
        fpart += '%s%+d' % ('E' if kind in 'EG' else 'e', exp)
    if kind == '%':
        fpart += '%'
    if f['zeropad']:
        min_width = f['width'] - len(fpart) - len(sign)
        if f['sep']:
            ipart = _group(ipart, ',', min_width)
        elif len(ipart) < min_width:
            ipart = '0' * (min_width - len(ipart)) + ipart
    elif f['sep']:
        ipart = _group(ipart, ',', 0)
    return _align(sign, ipart + fpart, f)


# -- constants and the standard contexts

_INF_F = float('inf')
_NAN_F = float('nan')
_HASH_MOD = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MOD - 2, _HASH_MOD)

_Infinity = _triple(0, '0', 'F', True)
_NegativeInfinity = _triple(1, '0', 'F', True)
_INFINITIES = (_Infinity, _NegativeInfinity)
_NaN = _triple(0, '', 'n', True)
_ZERO = _triple(0, '0', 0)
_ONE = _triple(0, '1', 0)
_INT_DEC = {-1: _triple(1, '1', 0), 0: _ZERO, 1: _ONE}

DefaultContext = Context()
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_BASE_TEXT = Context()
_EXP_INF = 2000000000000000001
_MAXCTX = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
