import os
import shutil

ts = shutil.get_terminal_size()
print(ts, shutil.get_terminal_size((100, 40)))
print(ts.columns, ts.lines, tuple(ts), type(ts).__name__, ts[0], len(ts), ts == (80, 24))
os.environ['COLUMNS'] = '132'
print(shutil.get_terminal_size())
os.environ['LINES'] = '50'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'abc'
print(shutil.get_terminal_size((90, 0)))
os.environ['COLUMNS'] = '-5'
print(shutil.get_terminal_size())
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
print(shutil.COPY_BUFSIZE, shutil.Error('x'), repr(shutil.SameFileError('a', 'b')))
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ReadError, OSError))
print(issubclass(shutil.RegistryError, OSError), shutil.ExecError.__mro__[1].__name__)
