# One small function per common mistake. Each is called inside try/except so the program
# can show the exception type and message; the last one is left uncaught so the full
# traceback (through two functions) is printed. Notice the "Did you mean" hints.
def bad_name():
    return undefined_total + 1


def bad_local():
    total = total + 1


def bad_attr():
    return "text".uppercase()


def bad_key():
    return {"alpha": 1}["beta"]


def bad_index():
    return [1, 2, 3][3]


def bad_div():
    return 10 % 0


def bad_value():
    return int("12abc")


def bad_operand():
    return [1] - [1]


def bad_call():
    nothing = None
    return nothing()


def bad_unpack():
    a, b = [1, 2, 3]


def bad_attr_on_none():
    value = None
    return value.strip()


for check in [bad_name, bad_local, bad_attr, bad_key, bad_index, bad_div, bad_value, bad_operand, bad_call, bad_unpack, bad_attr_on_none]:
    try:
        check()
    except Exception as e:
        print(f"{check.__name__:>16}: {type(e).__name__}: {e}")
def outer():
    return inner() * 2
def inner():
    data = {"count": 3}
    return data["count"] / (data["count"] - 3)
outer()
