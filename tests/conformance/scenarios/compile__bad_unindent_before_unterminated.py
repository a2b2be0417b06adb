# An unindent that matches no outer level is the tokenizer's error; an unterminated
# string on the same line does not replace it.
def f():
    return 1
  x = "abc
