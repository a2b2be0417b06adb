# A comprehension's iteration variable cannot be the target of `:=` inside it: the
# compiler refuses the whole program with a SyntaxError before anything runs.
# Notice nothing is printed first.
print("never printed")
values = [i := 0 for i in range(3)]
