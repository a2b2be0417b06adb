# File descriptors directly: os.open with O_* flags, os.write/os.read/os.lseek/os.close,
# and open() on a descriptor number (its name is the number).
import os
fd = os.open("raw.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(fd, os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open("raw.txt", os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 1, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.lseek(fd, -3, os.SEEK_END), os.read(fd, 10))
os.close(fd)
fd = os.open("raw.txt", os.O_WRONLY | os.O_APPEND)
os.write(fd, b"!")
os.close(fd)
try:
    os.open("raw.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(e)
fd = os.open("raw.txt", os.O_RDWR)
with open(fd, "r+") as f:
    print(f, f.read())
try:
    os.close(fd)
except OSError as e:
    print(e)
fd = os.open("raw.txt", os.O_RDONLY)
f = open(fd, closefd=False)
print(f.read(5))
f.close()
print(os.read(fd, 3))
os.close(fd)
