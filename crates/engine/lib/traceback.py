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


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _pieces(_loopscope.format_exception(exc, chain))


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


def format_stack(f=None, limit=None):
    return _pieces(_loopscope.format_stack())


def print_stack(f=None, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for piece in format_stack(f, limit):
        print(piece, file=file, end="")


def format_list(extracted_list):
    return [f'  File "{f[0]}", line {f[1]}, in {f[2]}\n' + (f'    {f[3]}\n' if f[3] else '')
            for f in extracted_list]
