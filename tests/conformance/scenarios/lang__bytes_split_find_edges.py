# bytes.split/rsplit with maxsplit keep the unsplit rest as it is (its other end's
# whitespace too), and an empty needle is not found past the end.
print(b"ab\r".split(None, 0), b"a b \n".split(None, 1), b" a  b c ".split(maxsplit=1))
print(b" a b ".rsplit(None, 0), b"  a b".rsplit(None, 1), b"x y z ".rsplit(maxsplit=1))
print(b"GET /index.html HTTP/1.1\r\n".split(None, 2))
print(b"abc".find(b"", 4), b"abc".rfind(b"", 5), b"abc".count(b"", 5), b"abc".find(b"", 3))
print(b"A".startswith(b"", 3), b"A".endswith(b"", 3), b"A".startswith(b"", 1))
print(bytearray(b"abc").find(b"", 4), b"".find(b"", 1), b"abc".count(b"", -10))
try:
    bytearray().index(b"", 1)
except ValueError as e:
    print("ValueError:", e)
