# Newlines: reading in text mode turns '\r\n' and '\r' into '\n' (newline=None) and
# remembers what it saw (f.newlines); newline='' keeps them, and writing with newline='\r\n'
# translates '\n'. On Linux, writing keeps '\n' as it is.
with open("mixed.txt", "w", newline="") as f:
    f.write("unix\nwindows\r\nmac\rend")

with open("mixed.txt", "rb") as f:
    print(f.read())
with open("mixed.txt") as f:
    print(f.readlines(), f.newlines)
with open("mixed.txt", newline="") as f:
    print(f.readlines())
with open("mixed.txt", newline="\r") as f:
    print(f.readlines())

with open("crlf.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("plain.txt", "w") as f:
    f.write("a\nb\n")
print(open("crlf.txt", "rb").read(), open("plain.txt", "rb").read())
with open("crlf.txt") as f:
    print(repr(f.read()), f.newlines)
