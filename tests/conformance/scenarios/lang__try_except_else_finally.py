# try/except/else/finally: `else` runs only if no exception was raised, `finally` always
# runs, even when the try block returns or breaks out of a loop.
# Notice the order of the lines for each input.
def check(value):
    try:
        print(" try", value)
        result = 10 // value
    except ZeroDivisionError:
        print(" except: division by zero")
        return "error"
    except TypeError as e:
        print(" except TypeError:", e)
        return "bad type"
    else:
        print(" else: result", result)
        return result
    finally:
        print(" finally for", repr(value))


for v in [5, 0, "x"]:
    print("returned", check(v))
for i in range(5):
    try:
        if i == 2:
            break
        if i == 0:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    raise KeyError("k")
except (ValueError, KeyError) as e:
    print("tuple of classes caught", repr(e))
