# getopt for Loopscope: behaviour modelled on CPython 3.11 (messages untranslated, as
# gettext's default catalogue leaves them).

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        super().__init__(msg, opt)
        self.opt = opt
        self.msg = msg

    def __str__(self):
        return self.msg


error = GetoptError


def _as_long_list(longopts, exact_str_only):
    # a single long option may be given as a bare string
    if exact_str_only:
        single = type(longopts) is str
    else:
        single = isinstance(longopts, str)
    return [longopts] if single else list(longopts)


def getopt(args, shortopts, longopts=[]):
    found = []
    longs = _as_long_list(longopts, True)
    # classic rule: the first operand ends option processing
    while args:
        word = args[0]
        if word == '-' or not word.startswith('-'):
            break
        rest = args[1:]
        if word == '--':
            args = rest
            break
        if word.startswith('--'):
            found, args = do_longs(found, word[2:], longs, rest)
        else:
            found, args = do_shorts(found, word[1:], shortopts, rest)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    found = []
    operands = []
    longs = _as_long_list(longopts, False)
    # '+' prefix or POSIXLY_CORRECT selects stop-at-first-operand mode
    posix_mode = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        posix_mode = True
    elif os.environ.get("POSIXLY_CORRECT"):
        posix_mode = True

    while args:
        word = args[0]
        if word == '--':
            operands.extend(args[1:])
            break
        if word[:2] == '--':
            found, args = do_longs(found, word[2:], longs, args[1:])
            continue
        if word != '-' and word[:1] == '-':
            found, args = do_shorts(found, word[1:], shortopts, args[1:])
            continue
        if posix_mode:
            operands.extend(args)
            break
        operands.append(word)
        args = args[1:]
    return found, operands


def do_longs(opts, opt, longopts, args):
    name, sep, value = opt.partition('=')
    if not sep:
        value = None
    takes_value, name = long_has_args(name, longopts)
    if not takes_value:
        if value is not None:
            raise GetoptError('option --%s must not have an argument' % name, name)
    elif value is None:
        if not args:
            raise GetoptError('option --%s requires argument' % name, name)
        value = args[0]
        args = args[1:]
    opts.append(('--' + name, value if value else ''))
    return opts, args


def long_has_args(opt, longopts):
    matches = [cand for cand in longopts if cand.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # exact spellings win over abbreviations
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) != 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    full = matches[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def do_shorts(opts, optstring, shortopts, args):
    pos = 0
    while pos < len(optstring):
        letter = optstring[pos]
        pos += 1
        if not short_has_arg(letter, shortopts):
            opts.append(('-' + letter, ''))
            continue
        # the value is the remainder of this word, or else the next argument
        if pos < len(optstring):
            value = optstring[pos:]
        else:
            if not args:
                raise GetoptError('option -%s requires argument' % letter, letter)
            value = args[0]
            args = args[1:]
        opts.append(('-' + letter, value))
        break
    return opts, args


def short_has_arg(opt, shortopts):
    at = shortopts.find(opt) if opt != ':' else -1
    if at < 0:
        raise GetoptError('option -%s not recognized' % opt, opt)
    return shortopts[at + 1:at + 2] == ':'
