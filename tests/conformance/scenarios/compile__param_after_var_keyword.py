# A parameter after **kwargs: CPython 3.11 words it "arguments cannot follow var-keyword argument".
print("never runs")
def configure(**options, verbose):
    pass
