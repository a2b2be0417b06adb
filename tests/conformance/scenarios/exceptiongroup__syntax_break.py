# `break` (like `continue` and `return`) may not leave an except* body: the compiler
# refuses the file. A loop inside the body may use them freely.
# Notice nothing runs: the SyntaxError comes first.
print("never printed")
for i in range(3):
    try:
        pass
    except* TypeError:
        for j in range(2):
            continue
        break
