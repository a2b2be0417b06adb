# f-string replacement fields take a conversion (!r, !s, !a) and a format spec, and the spec
# itself may contain nested fields ({x:{w}.{p}f}). The `=` form prints the expression too.
# Notice fill/align, sign, grouping, and how `=` keeps the spaces you write.
x, w, p = 3.14159, 10, 3
name, n, big = "Ada", -42, 1234567.891
print(f"|{x:{w}.{p}f}|{x:<{w}.{p - 1}f}|{x:^{w}}|{x:{'*'}>{w}.1f}|")
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{name=!r}", f"{name=!s}", f"{n * 2 = }", f"{len(name)=}")
print(f"|{name!r}|{name!s}|{'é'!a}|{[name]!s}|{name:>6}|{name:_<6}|{name:^7}|{name:.2}|")
print(f"|{n:+}|{-n:+}|{n: }|{-n: }|{n:06}|{n:=+8}|{n:<+6}|{-n:x<6}|")
print(f"|{big:,}|{big:_.1f}|{int(big):,d}|{int(big):_x}|{12345678:,}|{0.5:.0%}|{2/3:.3%}|")
print(f"|{255:#x}|{255:#X}|{255:#o}|{5:#b}|{255:08b}|{255:x^10}|{-255:#x}|{65:c}|")
print(f"|{1e-7:g}|{1e16:g}|{123456789:e}|{0.000123:.2e}|{1234.5:G}|{12.0:g}|{float('inf'):>6}|")
print(f"|{True:d}|{True:>5}|{None!s:>6}|{3:5.1f}|{3.0:d}|" if False else f"|{True:d}|{True:>5}|{None!s:>6}|{3:5.1f}|")
print(f"{'{'}{name}{'}'} {{literal}} {{{name}}}", f"{'nested ' + f'{n:03}'}")
items = {"apple": 1.5, "kiwi": 12.25}
for k, v in items.items():
    print(f"{k:<8}{v:>8.2f}{v * 3:>+10.1f}")
width = 5
print(f"{'right':>{width}}|{'left':<{width}}|{n:{'+' if n > 0 else ''}{width}d}|")
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{x:,d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{n:.2s}")
except ValueError as e:
    print("ValueError:", e)
