# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper. CPython splits text into
# chunks with regular expressions; this module scans the text by hand with the same rules
# (whitespace runs, words, breaks after the hyphens of hyphenated words).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c.isalpha()


def _hyphen_breaks(word):
    # The positions after which CPython's wordsep_re splits a hyphenated word: a hyphen
    # preceded by two letters (or letter-hyphen-letter) and followed by a letter, an
    # optional hyphen and a letter.
    breaks = []
    n = len(word)
    for i in range(1, n):
        if word[i] != '-':
            continue
        before = (i >= 2 and _is_letter(word[i - 2]) and _is_letter(word[i - 1])) or \
                 (i >= 3 and _is_letter(word[i - 3]) and word[i - 2] == '-'
                  and _is_letter(word[i - 1]))
        if not before:
            continue
        rest = word[i + 1:]
        after = (len(rest) >= 2 and _is_letter(rest[0]) and _is_letter(rest[1])) or \
                (len(rest) >= 3 and _is_letter(rest[0]) and rest[1] == '-'
                 and _is_letter(rest[2]))
        if after:
            breaks.append(i + 1)
    return breaks


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _split_em_dashes(word):
    # A run of two or more hyphens after a word or punctuation character and before a word
    # character is a chunk of its own ("a--b" -> "a", "--", "b").
    pieces = []
    start = 0
    i = 1
    n = len(word)
    while i < n:
        if word[i] == '-' and (_is_word_char(word[i - 1]) or word[i - 1] in '!"\'&.,?'):
            j = i
            while j < n and word[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(word[j]):
                pieces.append(word[start:i])
                pieces.append(word[i:j])
                start = j
            i = j
        else:
            i += 1
    pieces.append(word[start:])
    return pieces


class _Compiled:
    # A pattern class attribute compiled on first use: importing textwrap does not import
    # re (this module splits text by hand; the pattern is there to be read or replaced).
    def __init__(self, source):
        self._source = source
        self._pattern = None

    def __get__(self, instance, owner=None):
        if self._pattern is None:
            import re
            self._pattern = re.compile(self._source)
        return self._pattern


def _own_pattern(wrapper, name):
    # The pattern a subclass or the instance set for `name`, which _split then uses as
    # CPython's does; None for TextWrapper's own (scanned by hand instead).
    if name in wrapper.__dict__:
        return wrapper.__dict__[name]
    for klass in type(wrapper).__mro__:
        if klass is TextWrapper:
            return None
        if name in klass.__dict__:
            return getattr(wrapper, name)
    return None


class TextWrapper:
    # Runs of whitespace, kept as chunks by split() (used when break_on_hyphens is false).
    wordsep_simple_re = _Compiled('([%s]+)' % ''.join('\\' + c for c in _whitespace))

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if c in _whitespace else c for c in text)
        return text

    def _split(self, text):
        pattern = _own_pattern(self, 'wordsep_re' if self.break_on_hyphens
                               else 'wordsep_simple_re')
        if pattern is not None:
            return [c for c in pattern.split(text) if c]
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    for piece in _split_em_dashes(word):
                        start = 0
                        for b in _hyphen_breaks(piece):
                            chunks.append(piece[start:b])
                            start = b
                        chunks.append(piece[start:])
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and len(chunk) >= 2 and chunk[-1] in '.!?' or \
                    (chunks[i + 1] == ' ' and len(chunk) >= 3 and chunk[-1] in '"\''
                     and chunk[-2] in '.!?'):
                core = chunk.rstrip('"\'')[:-1]
                if core and core[-1].islower():
                    chunks[i + 1] = '  '
                    i += 2
                    continue
            i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    # CPython's dedent starts with a regular expression: its words for a non-string.
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        raise TypeError('expected string or bytes-like object, got %r' % type(text).__name__)
    lines = text.split('\n')
    # Lines of only spaces and tabs become empty and do not count for the margin.
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blank(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
