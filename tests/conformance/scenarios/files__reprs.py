# The reprs of file objects at each layer (TextIOWrapper, Buffered*, FileIO), open and
# closed, and the types io exposes for them.
import io
f = open("out.txt", "w")
print(f)
print(f.buffer)
print(f.buffer.raw)
f.close()
print(f, f.buffer, f.buffer.raw, sep="\n")
for mode in ["rb", "r+b", "ab", "a+"]:
    with open("out.txt", mode) as g:
        print(mode, g)
with open("out.txt", encoding="utf-8") as g:
    print(g, g.buffer.raw.mode)
r = open("out.txt", "rb", buffering=0)
print(r)
r.close()
print(r)
print(isinstance(f, io.TextIOWrapper), isinstance(f.buffer, io.BufferedWriter),
      isinstance(r, io.FileIO), isinstance(f, io.IOBase), open is io.open, open)
