# The os module's file functions: directories (mkdir, makedirs, rmdir), listing (sorted:
# the order os.listdir gives depends on the file system), rename/replace, remove, sizes
# and kinds from os.stat, os.path and the stat module, getcwd/chdir.
import os
os.makedirs("a/b/c")
os.makedirs("a/b", exist_ok=True)
os.mkdir("a/other")
with open("a/b/one.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("a")), os.listdir("a/b/c"))
st = os.stat("a/b/one.txt")
print(st.st_size, oct(st.st_mode & 0o777), st.st_nlink, type(st.st_mtime).__name__)
print(oct(os.stat("a").st_mode)[:4], os.path.getsize("a/b/one.txt"))
print(os.path.exists("a/b"), os.path.isdir("a/b"), os.path.isfile("a/b"))
print(os.path.exists("nope"), os.path.isfile("a/b/one.txt"))
os.rename("a/b/one.txt", "a/two.txt")
os.replace("a/two.txt", "a/other/three.txt")
print(sorted(os.listdir("a")), os.listdir("a/other"))
start = os.getcwd()
os.chdir("a/other")
print(os.listdir(), open("three.txt").read())
os.chdir("../..")
print(os.getcwd() == start, os.path.abspath("a") == os.path.join(start, "a"))
os.remove("a/other/three.txt")
os.rmdir("a/other")
os.rmdir("a/b/c")
print(sorted(os.listdir("a")), sorted(os.listdir(".")))
import stat
mode = os.stat("a").st_mode
print(stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.filemode(mode), stat.S_IMODE(mode) == 0o755)
