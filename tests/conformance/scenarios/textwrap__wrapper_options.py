# TextWrapper's options: break_long_words splits a word longer than the width,
# break_on_hyphens prefers to break after a hyphen, max_lines cuts with a placeholder,
# and drop_whitespace keeps or drops spaces at line edges. Notice each line break.
import textwrap

text = "A well-known long-running event-loop simulation runs coroutines cooperatively."
print(textwrap.wrap(text, 20))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("  spaced   out  ", 8, drop_whitespace=False), textwrap.wrap("", 10))
print(textwrap.wrap("tab\there\nnewline", 40), textwrap.wrap("tab\there", 40, expand_tabs=False))
w = textwrap.TextWrapper(width=25, initial_indent="- ", subsequent_indent="  ")
print(w.fill(text))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", 11))
print(textwrap.shorten("one two three four", 12, placeholder="…"))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("a b c d e", 4)
except ValueError as e:
    print("ValueError:", e)
