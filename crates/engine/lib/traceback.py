# traceback, written for Loopscope from CPython 3.11's behaviour. Frames come from the
# engine (`traceback_entries`: positions and caret lines; library frames count but are not
# shown); the chain, groups and exception lines are put together here as CPython's
# TracebackException does.

import sys
import _loopscope

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()

_CAUSE_TEXT = ('\nThe above exception was the direct cause of the following exception:\n\n')
_CONTEXT_TEXT = ('\nDuring handling of the above exception, another exception occurred:\n\n')


def _limit(limit):
    # StackSummary.extract's default: sys.tracebacklimit, a negative one meaning 0.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _parse_value_tb(exc, value, tb):
    # The one-argument form takes the exception's own traceback; the three-argument form
    # uses exactly the value and traceback given (tb=None: no frames).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc, exc.__traceback__
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def clear_frames(tb):
    # A frame still running refuses with RuntimeError, which CPython ignores.
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, text)


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str)):
        return True
    import collections.abc
    return isinstance(obj, collections.abc.Sequence)


def _margin(text, prefix):
    # Every line, blank ones included, gets the prefix.
    return ''.join(prefix + line for line in text.splitlines(True))


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += (margin_char or '|') + ' '
        if isinstance(text_gen, str):
            yield _margin(text_gen, prefix)
        else:
            for text in text_gen:
                yield _margin(text, prefix)


class TracebackException:
    """An exception captured for formatting: its stack, text, chain and group members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        if capture_locals:
            _loopscope.unsupported("traceback.TracebackException(capture_locals=True)")
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit=limit)
        # The engine knows when an exception went through frames that run natively here
        # (Python frames in CPython): its own traceback then still gets a header.
        self._hidden_frames = False
        if (not self.stack and isinstance(exc_value, BaseException)
                and exc_traceback is exc_value.__traceback__):
            first = _loopscope.format_exception(exc_value, False, _limit(limit))
            first = first.split('\n', 1)[0]
            self._hidden_frames = first.endswith('Traceback (most recent call last):')
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if top:
            # Breadth of the chain without recursion: each link made here, filled in later.
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals, max_group_width=max_group_width,
                           max_group_depth=max_group_depth, _seen=_seen)
            pending = [(self, exc_value)]
            while pending:
                te, e = pending.pop()
                cause = None
                if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                    cause = TracebackException(type(e.__cause__), e.__cause__,
                                               e.__cause__.__traceback__, **options)
                if compact:
                    want_context = cause is None and e is not None and not e.__suppress_context__
                else:
                    want_context = True
                context = None
                if (e and e.__context__ is not None and want_context
                        and id(e.__context__) not in _seen):
                    context = TracebackException(type(e.__context__), e.__context__,
                                                 e.__context__.__traceback__, **options)
                members = None
                if e and isinstance(e, BaseExceptionGroup):
                    members = [TracebackException(type(m), m, m.__traceback__, **options)
                               for m in e.exceptions]
                te.__cause__ = cause
                te.__context__ = context
                te.exceptions = members
                if cause:
                    pending.append((cause, e.__cause__))
                if context:
                    pending.append((context, e.__context__))
                if members:
                    pending.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if notes is None:
            return
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [part + '\n' for part in note.split('\n')]
        else:
            # No newline after it, as in CPython 3.11.
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            stripped_right = text.rstrip('\n')
            shown = stripped_right.lstrip(' \n\f')
            cut = len(stripped_right) - len(shown)
            yield '    {}\n'.format(shown)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if start == end or end == -1:
                    end = start + 1
                # 1-based offsets into the text before its indentation was cut.
                first = start - 1 - cut
                last = end - 1 - cut
                if first >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:first])
                    yield '    {}{}'.format(pad, '^' * (last - first) + '\n')
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True, _ctx=None):
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        links = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    links.append((_CAUSE_TEXT, exc))
                    exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    links.append((_CONTEXT_TEXT, exc))
                    exc = exc.__context__
                else:
                    links.append((None, exc))
                    exc = None
        else:
            links.append((None, exc))
        # The innermost cause prints first; each message sits between a link and its cause.
        for message, exc in reversed(links):
            if message is not None:
                yield from _ctx.emit(message)
            has_stack = bool(exc.stack) or exc._hidden_frames
            if exc.exceptions is None:
                if has_stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                continue
            if _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
                continue
            toplevel = _ctx.exception_group_depth == 0
            if toplevel:
                _ctx.exception_group_depth += 1
            if has_stack:
                yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                     margin_char='+' if toplevel else None)
                yield from _ctx.emit(exc.stack.format())
            yield from _ctx.emit(exc.format_exception_only())
            count = len(exc.exceptions)
            shown = count if count <= self.max_group_width else self.max_group_width + 1
            _ctx.need_close = False
            for i in range(shown):
                last = i == shown - 1
                if last:
                    # A nested group may draw the closing line itself.
                    _ctx.need_close = True
                truncated = self.max_group_width is not None and i >= self.max_group_width
                title = '...' if truncated else f'{i + 1}'
                corner = '+-' if i == 0 else '  '
                yield f'{_ctx.indent()}{corner}+---------------- {title} ----------------\n'
                _ctx.exception_group_depth += 1
                if truncated:
                    more = count - self.max_group_width
                    yield from _ctx.emit(
                        f"and {more} more exception{'s' if more > 1 else ''}\n")
                else:
                    yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                if last and _ctx.need_close:
                    yield _ctx.indent() + "+------------------------------------\n"
                    _ctx.need_close = False
                _ctx.exception_group_depth -= 1
            if toplevel:
                _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


_RECURSIVE_CUTOFF = 3  # a run of one frame line prints this many times, then a count


class FrameSummary:
    """One frame of a stack: where it was (file, line, function) and its source line."""

    # `_library`: a frame of library code, which counts but is not shown (the engine's
    # tracebacks leave library frames out, as the conformance harness does CPython's).
    # `_carets`: a traceback frame's position line (`    ^^^^`), made by the engine.
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_library', '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._library = False
        self._carets = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _loopscope.source_line(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, that formats itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        _loopscope.unsupported("traceback.StackSummary.extract (frame objects)")

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            carets = getattr(frame_summary, '_carets', None)
            if carets:
                row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            if formatted is None:
                continue
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if last is None or key != last:
                _repeated(result, count)
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF or getattr(frame_summary, '_library', False):
                continue
            result.append(formatted)
        _repeated(result, count)
        return result


def _repeated(result, count):
    if count > _RECURSIVE_CUTOFF:
        count -= _RECURSIVE_CUTOFF
        result.append(f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n')


def _limited(entries, limit):
    # CPython's rule for a walk (a stack innermost first, a traceback outermost first): a
    # limit >= 0 keeps that many entries from the walk's start, a negative one that many
    # from its end; None reads sys.tracebacklimit.
    limit = _limit(limit)
    if limit is None:
        return entries
    return entries[:limit] if limit >= 0 else entries[limit:]


def extract_stack(f=None, limit=None):
    if f is not None:
        _loopscope.unsupported("traceback.extract_stack of a frame object")
    # Innermost first, without this module's own frames (the caller's frame comes first).
    entries = _loopscope.call_stack()
    while entries and entries[0][0] == __file__:
        entries.pop(0)
    stack = StackSummary()
    for filename, lineno, name, library in _limited(entries, limit):
        summary = FrameSummary(filename, lineno, name)
        summary._library = library
        stack.append(summary)
    stack.reverse()
    return stack


def _stack_of_sites(sites):
    # What the engine records as a debug-mode `_source_traceback`: (filename, lineno, name,
    # line, library) entries, outermost first.
    stack = StackSummary()
    for filename, lineno, name, line, library in sites:
        summary = FrameSummary(filename, lineno, name, line=line)
        summary._library = library
        stack.append(summary)
    return stack


def walk_tb(tb):
    # (frame, line) for each entry of a traceback, outermost first.
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    # Outermost first, as the chain runs: a limit >= 0 keeps the outermost frames.
    entries = _loopscope.traceback_entries(tb) if tb is not None else []
    stack = StackSummary()
    for filename, lineno, name, library, end_lineno, colno, end_colno, carets in _limited(
            entries, limit):
        summary = FrameSummary(filename, lineno, name, end_lineno=end_lineno, colno=colno,
                               end_colno=end_colno)
        summary._library = library
        summary._carets = carets
        stack.append(summary)
    return stack


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit=limit), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")
