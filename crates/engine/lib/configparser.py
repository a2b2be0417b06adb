# configparser for Loopscope; observable behaviour follows CPython 3.11 (messages, attributes,
# exception chaining, the order in which user-overridable hooks are called).

from collections.abc import MutableMapping
from collections import ChainMap as _ChainMap
import functools
import io
import itertools
import os
import re
import sys
import warnings

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):

    def __init__(self, msg=''):
        super().__init__(msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):

    def __init__(self, section):
        super().__init__(f'No section: {section!r}')
        self.section = section
        self.args = (section,)


def _located(kind, body, source, lineno):
    # "While reading from 'f' [line  3]: section 'x' ..." or plain "Section 'x' ..."
    if source is None:
        return kind.capitalize() + ' ' + body
    head = f'While reading from {source!r}'
    if lineno is not None:
        head = f'{head} [line {lineno:2d}]'
    return f'{head}: {kind} {body}'


class DuplicateSectionError(Error):

    def __init__(self, section, source=None, lineno=None):
        super().__init__(_located('section', f'{section!r} already exists', source, lineno))
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):

    def __init__(self, section, option, source=None, lineno=None):
        body = f'{option!r} in section {section!r} already exists'
        super().__init__(_located('option', body, source, lineno))
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):

    def __init__(self, option, section):
        super().__init__(f"No option {option!r} in section: {section!r}")
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):

    def __init__(self, option, section, msg):
        super().__init__(msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):

    def __init__(self, option, section, rawval, reference):
        text = (f"Bad value substitution: option {option!r} in section {section!r} "
                f"contains an interpolation key {reference!r} which is not a valid "
                f"option name. Raw value: {rawval!r}")
        super().__init__(option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):

    def __init__(self, option, section, rawval):
        text = (f"Recursion limit exceeded in value substitution: option {option!r} in "
                f"section {section!r} contains an interpolation key which cannot be "
                f"substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {rawval!r}")
        super().__init__(option, section, text)
        self.args = (option, section, rawval)


_FILENAME_GONE = ("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.")


class ParsingError(Error):

    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (source or filename):
            raise ValueError("Required argument `source' not given.")
        origin = filename if filename else source
        Error.__init__(self, f'Source contains parsing errors: {origin!r}')
        self.source = origin
        self.errors = []
        self.args = (origin,)

    @property
    def filename(self):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = '%s\n\t[line %2d]: %s' % (self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):

    def __init__(self, filename, lineno, line):
        # deliberately skips ParsingError.__init__ (so there is no .errors list)
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = (filename, lineno, line)


_UNSET = object()


class Interpolation:

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _check_markers(value, marker, keycre):
    # after dropping doubled markers and well-formed references no marker may remain
    leftover = keycre.sub('', value.replace(marker * 2, ''))
    bad = leftover.find(marker)
    if bad >= 0:
        raise ValueError("invalid interpolation syntax in %r at position %d" % (value, bad))
    return value


def _expand_references(interp, parser, option, accum, rest, section, map, depth, marker, opener):
    # The walk Basic and Extended interpolation share: `marker` twice is the marker itself,
    # `marker` + `opener` starts a reference the interpolation's `_resolve` looks up; a
    # value that still holds the marker is expanded in turn, one level deeper.
    original = parser.get(section, option, raw=True, fallback=rest)
    if depth > MAX_INTERPOLATION_DEPTH:
        raise InterpolationDepthError(option, section, original)
    if not rest:
        # None (allow_no_value) or '' interpolates to nothing
        return
    pos = 0
    while True:
        mark = rest.find(marker, pos)
        if mark < 0:
            if rest[pos:]:
                accum.append(rest[pos:])
            return
        if mark > pos:
            accum.append(rest[pos:mark])
        tail = rest[mark:]
        follower = tail[1:2]
        if follower == marker:
            accum.append(marker)
            pos = mark + 2
            continue
        if follower != opener:
            raise InterpolationSyntaxError(
                option, section,
                "'%s' must be followed by '%s' or '%s', found: %r"
                % (marker, marker, opener, tail))
        found = interp._KEYCRE.match(tail)
        if found is None:
            raise InterpolationSyntaxError(
                option, section, "bad interpolation variable reference %r" % (tail,))
        pos = mark + found.end()
        replacement, name, where = interp._resolve(
            parser, option, section, map, found.group(1), rest[pos:], original)
        if marker not in replacement:
            accum.append(replacement)
        else:
            interp._interpolate_some(parser, name, accum, replacement, where,
                                     interp._scope(parser, where, map), depth + 1)


class BasicInterpolation(Interpolation):
    _KEYCRE = re.compile(r"%\(([^)]+)\)s")

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        return _check_markers(value, '%', self._KEYCRE)

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        _expand_references(self, parser, option, accum, rest, section, map, depth, '%', '(')

    def _resolve(self, parser, option, section, map, reference, after, original):
        key = parser.optionxform(reference)
        try:
            return map[key], option, section
        except KeyError:
            raise InterpolationMissingOptionError(option, section, original, key) from None

    def _scope(self, parser, section, map):
        return map


class ExtendedInterpolation(Interpolation):
    _KEYCRE = re.compile(r"\$\{([^}]+)\}")

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._interpolate_some(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        return _check_markers(value, '$', self._KEYCRE)

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        _expand_references(self, parser, option, accum, rest, section, map, depth, '$', '{')

    def _resolve(self, parser, option, section, map, reference, after, original):
        parts = reference.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                option, section, "More than one ':' found: %r" % (after,))
        # ${name} looks in the current mapping, ${section:name} asks the parser
        try:
            if len(parts) == 2:
                name = parser.optionxform(parts[1])
                return parser.get(parts[0], name, raw=True), name, parts[0]
            name = parser.optionxform(parts[0])
            return map[name], name, section
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, original, ":".join(parts)) from None

    def _scope(self, parser, section, map):
        return dict(parser.items(section, raw=True))


class LegacyInterpolation(Interpolation):
    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                      "removed from the configparser module in Python 3.13. Use "
                      "BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        for _round in range(MAX_INTERPOLATION_DEPTH):
            if not value or "%(" not in value:
                break
            fix = functools.partial(self._interpolation_replace, parser=parser)
            value = self._KEYCRE.sub(fix, value)
            try:
                value = value % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, original, exc.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value

    @staticmethod
    def _interpolation_replace(match, parser):
        name = match.group(1)
        if name is None:
            return match.group()
        return "%%(%s)s" % parser.optionxform(name)


class RawConfigParser(MutableMapping):
    _SECT_TMPL = r"\[(?P<header>.+)\]"
    _OPT_TMPL = r"(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"
    _OPT_NV_TMPL = r"(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim="=|:"))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim="=|:"))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        # the converter mapping must exist before any SectionProxy is made
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if delimiters != ('=', ':'):
            choices = "|".join(map(re.escape, delimiters))
            tmpl = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            self._optcre = re.compile(tmpl.format(delim=choices))
        elif allow_no_value:
            self._optcre = self.OPTCRE_NV
        else:
            self._optcre = self.OPTCRE
        self._comment_prefixes = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comment_prefixes = (tuple(inline_comment_prefixes)
                                         if inline_comment_prefixes else ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        if interpolation is None:
            interpolation = Interpolation()
        self._interpolation = interpolation
        if not isinstance(interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of Interpolation;"
                            " got an object of type %s" % (type(interpolation),))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        return [name for name in self._sections]

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        try:
            merged = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        merged.update(self._defaults)
        return list(merged)

    def read(self, filenames, encoding=None):
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        succeeded = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as handle:
                    self._read(handle, name)
            except OSError:
                # unreadable files are skipped silently
                continue
            succeeded.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return succeeded

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        # both section names and (section, option) pairs, to catch repeats
        added = set()
        for raw_section, entries in dictionary.items():
            section = str(raw_section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if section in added and self._strict:
                    raise
            added.add(section)
            for raw_key, raw_value in entries.items():
                key = self.optionxform(str(raw_key))
                value = None if raw_value is None else str(raw_value)
                pair = (section, key)
                if self._strict and pair in added:
                    raise DuplicateOptionError(section, key, source)
                added.add(pair)
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            lookup = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is not _UNSET:
                return fallback
            raise
        option = self.optionxform(option)
        try:
            value = lookup[option]
        except KeyError:
            if fallback is not _UNSET:
                return fallback
            raise NoOptionError(option, section)
        if value is None or raw:
            return value
        return self._interpolation.before_get(self, section, option, value, lookup)

    def _get(self, section, conv, option, **kwargs):
        text = self.get(section, option, **kwargs)
        return conv(text)

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is not _UNSET:
                return fallback
            raise

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, fallback=fallback,
                              raw=raw, vars=vars, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, fallback=fallback,
                              raw=raw, vars=vars, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, fallback=fallback,
                              raw=raw, vars=vars, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        if section is _UNSET:
            return super().items()
        merged = self._defaults.copy()
        try:
            merged.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        # vars may override values but never add names to the result
        names = [name for name in merged]
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        hook = self._interpolation.before_get
        return [(name, hook(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        names = self.sections()
        if not names:
            raise KeyError
        first = names[0]
        proxy = self[first]
        del self[first]
        return first, proxy

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if section and section != self.default_section:
            if section not in self._sections:
                return False
            key = self.optionxform(option)
            return key in self._sections[section] or key in self._defaults
        return self.optionxform(option) in self._defaults

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        _options_of(self, section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        sep = self._delimiters[0]
        if space_around_delimiters:
            sep = " %s " % (sep,)
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), sep)
        for name, content in self._sections.items():
            self._write_section(fp, name, content.items(), sep)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        hook = self._interpolation.before_write
        for opt, val in section_items:
            val = hook(self, section_name, opt, val)
            if val is None and self._allow_no_value:
                line = "%s\n" % (opt,)
            else:
                # indent continuation lines so they read back as one value
                line = "%s%s%s\n" % (opt, delimiter, "\n\t".join(str(val).split("\n")))
            fp.write(line)
        fp.write("\n")

    def remove_option(self, section, option):
        target = _options_of(self, section)
        key = self.optionxform(option)
        if key not in target:
            return False
        del target[key]
        return True

    def remove_section(self, section):
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # re-assigning a section its own proxy must leave it untouched
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        return itertools.chain([self.default_section], self._sections.keys())

    def _read(self, fp, fpname):
        added = set()
        current = None
        sect_name = None
        opt_name = None
        indent = 0
        problem = None
        for lineno, line in enumerate(fp, 1):
            cut = _comment_cut(line, self._inline_comment_prefixes, self._comment_prefixes)
            text = line[:cut].strip()
            if not text:
                if not self._empty_lines_in_values:
                    # any blank line then ends a multi-line value
                    indent = sys.maxsize
                elif (cut is None and current is not None and opt_name
                      and current[opt_name] is not None):
                    # a truly empty line (not a comment) stays inside the value
                    current[opt_name].append('')
                continue
            lead = self.NONSPACECRE.search(line)
            this_indent = lead.start() if lead else 0
            if current is not None and opt_name and this_indent > indent:
                current[opt_name].append(text)
                continue
            indent = this_indent
            header = self.SECTCRE.match(text)
            if header:
                sect_name = header.group('header')
                if sect_name in self._sections:
                    if self._strict and sect_name in added:
                        raise DuplicateSectionError(sect_name, fpname, lineno)
                    current = self._sections[sect_name]
                    added.add(sect_name)
                elif sect_name == self.default_section:
                    current = self._defaults
                else:
                    current = self._dict()
                    self._sections[sect_name] = current
                    self._proxies[sect_name] = SectionProxy(self, sect_name)
                    added.add(sect_name)
                opt_name = None
                continue
            if current is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            found = self._optcre.match(text)
            if not found:
                problem = self._handle_error(problem, fpname, lineno, line)
                continue
            opt_name, _sep, opt_value = found.group('option', 'vi', 'value')
            if not opt_name:
                problem = self._handle_error(problem, fpname, lineno, line)
            opt_name = self.optionxform(opt_name.rstrip())
            if self._strict and (sect_name, opt_name) in added:
                raise DuplicateOptionError(sect_name, opt_name, fpname, lineno)
            added.add((sect_name, opt_name))
            # values are gathered as lists of lines and joined once reading ends
            current[opt_name] = None if opt_value is None else [opt_value.strip()]
        self._join_multiline_values()
        if problem:
            raise problem

    def _join_multiline_values(self):
        hook = self._interpolation.before_read
        every = itertools.chain([(self.default_section, self._defaults)],
                                self._sections.items())
        for sect, entries in every:
            for name, val in entries.items():
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                entries[name] = hook(self, sect, name, val)

    def _read_defaults(self, defaults):
        target = self._defaults
        for name, val in defaults.items():
            target[self.optionxform(name)] = val

    def _handle_error(self, exc, fpname, lineno, line):
        err = exc or ParsingError(fpname)
        err.append(lineno, repr(line))
        return err

    def _unify_values(self, section, vars):
        try:
            own = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            own = {}
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = None if value is None else str(value)
        # lookups go vars first, then the section, then the defaults
        return _ChainMap(extra, own, self._defaults)

    def _convert_to_boolean(self, value):
        states = self.BOOLEAN_STATES
        if value.lower() in states:
            return states[value.lower()]
        raise ValueError('Not a boolean: %s' % value)

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


def _comment_cut(line, inline_prefixes, full_prefixes):
    # Inline prefixes count only at column 0 or after whitespace. Each round moves every
    # prefix to its next occurrence; the first round with a valid hit decides (earliest
    # valid hit of that round), which is CPython's rule.
    cut = None
    positions = dict.fromkeys(inline_prefixes, -1)
    while positions and cut is None:
        moved = {}
        for prefix, last in positions.items():
            at = line.find(prefix, last + 1)
            if at == -1:
                continue
            moved[prefix] = at
            if (at == 0 or line[at - 1].isspace()) and (cut is None or at < cut):
                cut = at
        positions = moved
    stripped = line.strip()
    if any(stripped.startswith(prefix) for prefix in full_prefixes):
        return 0
    return cut


def _options_of(parser, section):
    # '' or the default section's name both address the defaults
    if not section or section == parser.default_section:
        return parser._defaults
    try:
        return parser._sections[section]
    except KeyError:
        raise NoSectionError(section) from None


class ConfigParser(RawConfigParser):
    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        # defaults given to the constructor are stored without interpolation checks
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SafeConfigParser(ConfigParser):

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in "
                      "Python 3.2. This alias will be removed in Python 3.12. Use "
                      "ConfigParser directly instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for suffix in parser.converters:
            attr = 'get' + suffix
            setattr(self, attr, functools.partial(self.get, _impl=getattr(parser, attr)))

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        owner = self._parser
        if owner.has_option(self._name, key):
            return owner.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        owner = self._parser
        gone = owner.has_option(self._name, key) and owner.remove_option(self._name, key)
        if not gone:
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        # _impl is the parser's converting getter (getint etc.) when called via getX
        getter = _impl if _impl else self._parser.get
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


def _attr_names(obj):
    # what dir(obj) lists, gathered by hand (the VM's dir() does not cover every object)
    found = set(getattr(obj, '__dict__', ()))
    for klass in type(obj).__mro__:
        found.update(vars(klass))
    return sorted(found)


class ConverterMapping(MutableMapping):
    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        # built-in getX methods are listed with None as their converter
        for attr in _attr_names(parser):
            hit = self.GETTERCRE.match(attr)
            if hit and callable(getattr(parser, attr)):
                self._data[hit.group('name')] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})')
        if attr == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        owner = self._parser
        bound = functools.partial(owner._get_conv, conv=value)
        bound.converter = value
        setattr(owner, attr, bound)
        for proxy in owner.values():
            setattr(proxy, attr, functools.partial(proxy.get, _impl=bound))

    def __delitem__(self, key):
        try:
            attr = 'get' + (key if key else None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        owner = self._parser
        for holder in itertools.chain([owner], owner.values()):
            try:
                delattr(holder, attr)
            except AttributeError:
                # the class-level getter (or nothing) was there: fine
                pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
