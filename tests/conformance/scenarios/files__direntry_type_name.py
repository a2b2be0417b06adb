# os.scandir's entries do not order: the TypeError names 'posix.DirEntry'.
import os
os.mkdir("a"); os.mkdir("b")
try:
    sorted(os.scandir("."))
except TypeError as e:
    print(e)
