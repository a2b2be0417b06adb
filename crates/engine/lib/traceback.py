# traceback, written for Loopscope from CPython 3.11's behaviour. The text comes from the
# engine (the same formatting as an uncaught exception: program frames with their source
# lines, causes and contexts); this module cuts it into the pieces CPython's functions return.

import sys
import _loopscope

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()

_CHAIN_MESSAGES = (
    'The above exception was the direct cause of the following exception:\n',
    'During handling of the above exception, another exception occurred:\n',
)


def _exception_of(exc, value):
    # The 3.10+ one-argument form, or the older (type, value, tb) form.
    if value is _sentinel:
        return exc
    return value


def _pieces(text):
    # CPython's lists hold one string per frame (its File line with the source line under
    # it), one for the header, one per chain message and one for the exception's own text.
    lines = text.splitlines(True)
    pieces = []
    i = 0
    in_frame = False
    while i < len(lines):
        line = lines[i]
        if line == '\n' and i + 2 < len(lines) and lines[i + 1] in _CHAIN_MESSAGES:
            pieces.append(line + lines[i + 1] + lines[i + 2])
            i += 3
            in_frame = False
            continue
        if line.startswith('  File '):
            pieces.append(line)
            in_frame = True
        elif in_frame and line.startswith('    '):
            pieces[-1] += line
        elif line.startswith(('Traceback (most recent call last):',
                              '  [Previous line repeated')):
            pieces.append(line)
            in_frame = False
        elif not in_frame and pieces and not pieces[-1].startswith(
                ('Traceback (most recent call last):', '  [Previous line repeated', '\n')):
            pieces[-1] += line
        else:
            pieces.append(line)
            in_frame = False
        i += 1
    return pieces


def _limit(limit):
    # StackSummary.extract's default: sys.tracebacklimit, a negative one meaning 0.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _pieces(_loopscope.format_exception(exc, chain, _limit(limit)))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    pieces = [_loopscope.format_exception_only(exc)]
    notes = getattr(exc, '__notes__', None)
    if notes is not None:
        if not isinstance(notes, (list, tuple)):
            notes = [repr(notes)]
        for note in notes:
            note = note if isinstance(note, str) else repr(note)
            pieces.extend(line + '\n' for line in note.split('\n'))
    return pieces


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


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
