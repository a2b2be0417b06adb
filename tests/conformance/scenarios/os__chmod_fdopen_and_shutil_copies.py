# os.chmod sets the permission bits stat reports (shutil.copy and copytree copy them, as
# Path.chmod sets them), and os.fdopen wraps a descriptor such as tempfile.mkstemp's in a
# file object.
import os, shutil, stat, tempfile, pathlib
os.mkdir("src", 0o700)
with open("src/a.txt", "w") as f:
    f.write("alpha\n")
os.chmod("src/a.txt", 0o640)
print(oct(stat.S_IMODE(os.stat("src/a.txt").st_mode)))
shutil.copytree("src", "dst")
print(sorted(os.listdir("dst")), oct(stat.S_IMODE(os.stat("dst/a.txt").st_mode)))
shutil.copy("src/a.txt", "b.txt")
print(oct(stat.S_IMODE(os.stat("b.txt").st_mode)))
pathlib.Path("b.txt").chmod(0o600)
print(oct(stat.S_IMODE(os.stat("b.txt").st_mode)))
try:
    os.chmod("missing.txt", 0o644)
except FileNotFoundError as e:
    print(e)
fd, path = tempfile.mkstemp(suffix=".txt")
with os.fdopen(fd, "w") as f:
    f.write("temp data\n")
print(open(path).read().strip(), path.endswith(".txt"))
with os.fdopen(os.open(path, os.O_RDONLY), "rb") as f:
    print(f.read())
try:
    os.fdopen("x")
except TypeError as e:
    print(e)
d = tempfile.mkdtemp()
shutil.copy("b.txt", d)
print(os.listdir(d))
