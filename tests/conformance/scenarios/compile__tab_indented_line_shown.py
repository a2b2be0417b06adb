# A syntax error on a tab-indented line: the line is shown without its leading tabs, with
# its trailing spaces.
def check(x):
	if x   
		return 2
