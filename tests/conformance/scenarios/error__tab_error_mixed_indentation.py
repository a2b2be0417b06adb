# A tab at one level and eight spaces at the next: CPython's tokenizer measures indentation with
# tabs 8 wide and 1 wide, and the two disagree, so the program never runs (TabError, no caret).
def f():
	if 1:
        return 1
print(f())
