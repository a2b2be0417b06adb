# A default for **kwargs (3.11: "var-keyword argument cannot have default value").
def f(a, **options={}):
    pass
