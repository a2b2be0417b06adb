# Two older string formatting styles: the % operator and str.format().
# Notice that both support widths and precision much like f-strings.
print("%s has %d items costing %.2f" % ("cart", 3, 19.5))
print("%5s|%-5s|%05d|%x|%o|%e|%%" % ("ab", "cd", 42, 255, 8, 1500.0))
print("%(user)s logged in %(count)d times" % {"user": "ana", "count": 7})
print("%r and %s" % ("text", "text"))
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{1} before {0}".format("first", "second"))
print("{name} is {age} years old".format(name="Bo", age=7))
print("{:>6}|{:<6}|{:^6}|{:.3f}|{:,}".format("r", "l", "c", 2 / 3, 9876543))
print("{0[1]} {1[key]}".format(["zero", "one"], {"key": "value"}))
