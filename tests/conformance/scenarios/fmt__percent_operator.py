# The % operator formats like C's printf: %s/%r/%a, %d/%i, %f/%e/%g, %x/%o/%c, with flags
# (-, +, space, 0, #), width and precision (also * from the arguments), or %(name)s with a
# dict. Notice which argument mismatches raise which TypeError.
print("%s|%r|%a|%d|%i|%5.2f|%-6s|%06.1f|%+d|% d" % ("s", "r", "é", 42, -7, 3.14159, "left", 2.5, 5, 5))
print("%x|%X|%#x|%o|%#o|%c|%c|%e|%E|%g|%G|%%" % (255, 255, 255, 8, 8, 65, "z", 12345.678, 0.00012, 0.00001234, 1e20))
print("%*d|%-*d|%.*f|%5s|%.3s|%-5.1s|" % (5, 42, 4, 7, 2, 3.14159, "abc", "abcdef", "xyz"))
print("%(name)s is %(age)d (%(name)r)" % {"name": "Bo", "age": 7}, "%s" % [1, 2], "%s" % (("tuple",),))
print("%d%%" % 50, "%s" % None, "%d" % 3.99, "%.0f" % 0.5, "%.0f" % 1.5, "%i" % True, "%s %s" % (1, 2.0))
print("%5.1f%%" % 99.44, "%-8s|" % "ab", "%08.3f" % -3.14159, "%+.2e" % 12345, "%#.0f" % 3, "%r" % 1e16)
value = 12
print("value: %s" % value, "pair: %s" % (value,), "%s" % {"k": 1}, "%s-%s" % tuple("ab"))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%(a)s", {}), ("%c", "ab"), ("%d", [1])]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(f"{fmt!r} % {args!r} -> {type(e).__name__}: {e}")
