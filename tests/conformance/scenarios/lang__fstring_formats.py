# f-strings format values with a spec after the colon: width and alignment, precision,
# thousands separators, zero padding, signs, and !r for repr().
# Notice the exact spacing; each field is wrapped in | | to make it visible.
name = "loop"
pi = 3.14159265
big = 1234567.891
print(f"|{name:>8}|{name:<8}|{name:^8}|{name:*^9}|")
print(f"|{pi:.3f}|{pi:8.2f}|{pi:08.2f}|{-pi:+.1f}|{pi:+.1f}|")
print(f"|{big:,}|{big:,.2f}|{1000000:,}|{42:05d}|{42:>6}|{42:<6}|")
print(f"|{name!r}|{'tab':>6}|{[1, 'a']!r}|{None}|{True:>6}|")
print(f"|{0.5:.0%}|{0.125:.1%}|{12345.678:e}|{12345.678:.2e}|{7:b}|{255:o}|")
width = 10
print(f"|{name:>{width}}|{pi:.{2}f}|")
print(f"{'nested ' + name.upper()} {len(name) * 2} {pi * 2:.4f}")
print(f"{{literal braces}} {name=}")
