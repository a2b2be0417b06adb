# `:=` inside a comprehension in a class body would bind a name in the class namespace,
# which CPython forbids: a SyntaxError before the program runs.
# Notice the message.
class Config:
    sizes = [1, 2, 3]
    doubled = [last := s * 2 for s in sizes]
