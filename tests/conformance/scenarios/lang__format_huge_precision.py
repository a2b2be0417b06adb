# Float formatting takes precisions past 65,535 (Rust's own limit): the digits past the
# exact expansion are zeros, and 'g' drops them.
fixed = format(1.5, ".65536f")
print(len(fixed), fixed[:8], set(fixed[3:]))
print(format(1.5, ".70000g"))
exp = "%.70000e" % 2.0
print(len(exp), exp[:6], exp[-6:])
tiny = format(5e-324, ".1100f")
print(len(tiny), tiny[1068:1080])
print(f"{0.1:.30f}", f"{1e22:.0f}", f"{2.5:.0f}")
