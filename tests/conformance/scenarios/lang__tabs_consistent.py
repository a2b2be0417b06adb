# Tabs alone, and tabs mixed with spaces inside brackets (no indentation there), are fine.
def f():
	if 1:
		return (1,
  	 2)
print(f())
