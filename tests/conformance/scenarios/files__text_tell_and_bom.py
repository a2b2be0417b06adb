# Text files: tell() is off while a for loop reads ahead ('telling position disabled by next()
# call') and on again at the end; utf-8-sig skips its BOM again after seek(0); utf-16's tell()
# counts the BOM, and writing at 0 writes a new one.
open("a.txt", "w").write("line1\nline2\n")
with open("a.txt") as f:
    for line in f:
        print(f.tell())
import csv
open("x.csv", "w", encoding="utf-8-sig").write("name,age\nbob,3\n")
with open("x.csv", encoding="utf-8-sig", newline="") as f:
    print(next(csv.reader(f)))
    f.seek(0)
    print(next(csv.reader(f)))
open("u16.txt", "w", encoding="utf-16").write("ab\ncd\n")
with open("u16.txt", encoding="utf-16") as f:
    f.readline()
    t = f.tell()
    print(t)
    f.seek(t)
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
