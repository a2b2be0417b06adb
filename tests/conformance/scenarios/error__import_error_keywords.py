# ImportError and ModuleNotFoundError take name= and path= (the optional-dependency idiom), and
# refuse other keywords; other exceptions take none.
e=ImportError(); print(e.name, e.path, repr(e))
e=ImportError('m'); print(e.name, e.path, e.msg, repr(e))
e=ImportError('a','b'); print(str(e), e.msg)
try:
    raise ModuleNotFoundError("No module named 'yaml'", name="yaml")
except ImportError as e:
    print("optional dependency missing", e.name, e.path, repr(e))
e=ImportError('m', name='x', path='/p'); print(e.name, e.path, e.args, repr(e), str(e))
for c in (ImportError, ModuleNotFoundError):
  try: c('m', bogus=1)
  except TypeError as e: print(e)
class MyIE(ImportError):
    pass
print(MyIE("z", name="n").name)
try: ValueError("x", name=1)
except TypeError as e: print(e)
