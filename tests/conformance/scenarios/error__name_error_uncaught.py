# A misspelled name raises NameError when the line runs, not when the function is defined.
# The exception carries the missing name in e.name. The second typo is not caught, so the
# program stops with a traceback pointing at the exact line.
def average(values):
    total = sum(values)
    count = len(values)
    try:
        return totl / count
    except NameError as e:
        print("caught:", e, "| name:", e.name)
    return total / cuont


print(average([1, 2, 3]))
