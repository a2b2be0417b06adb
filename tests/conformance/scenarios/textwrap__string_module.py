# textwrap re-flows text to a width (wrap, fill, shorten), removes common indentation
# (dedent) and adds a prefix (indent). The string module has character constants, capwords
# and Template for $-substitution. Notice shorten's placeholder and Template's errors.
import string
import textwrap

text = "Asynchronous programs interleave many tasks on one thread, switching at every await."
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), textwrap.shorten("short", width=40))
block = """
    def hello():
        return "hi"
"""
print(repr(textwrap.dedent(block)))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(string.ascii_lowercase, string.digits, string.hexdigits, len(string.punctuation))
print(string.ascii_uppercase[:5], repr(string.whitespace), string.capwords("hello   wide world"))
t = string.Template("$who waited ${secs}s for $$5")
print(t.substitute(who="task", secs=3), t.safe_substitute(who="task"))
try:
    t.substitute(who="task")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError:", e)
print(string.Formatter().format("{0}-{x}", "a", x="b"))
