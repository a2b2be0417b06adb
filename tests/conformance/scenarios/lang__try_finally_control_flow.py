# `finally` runs on every way out of a `try`: normal end, exception, return, break and
# continue. A `return` inside `finally` replaces the try's return value and even swallows
# an exception in flight. Notice which value each function finally returns.
def returns_in_both():
    try:
        return "from try"
    finally:
        return "from finally"


def finally_sees_return():
    result = []
    try:
        result.append("try")
        return result
    finally:
        result.append("finally")


def swallowed():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"


def loop_control():
    log = []
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"stopped at {i}"


def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


def else_and_finally(x):
    try:
        value = 10 / x
    except ZeroDivisionError:
        return "except"
    else:
        return f"else {value}"
    finally:
        print(f"  finally for {x}")


print(returns_in_both(), finally_sees_return(), swallowed())
print(loop_control(), break_in_finally())
print(nested())
print(else_and_finally(2), else_and_finally(0))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("  while finally", count)
print("count", count)
def continue_cancels_return():
    for i in range(3):
        try:
            return f"returned at {i}"
        finally:
            if i == 0:
                continue
    return "loop finished"
print(continue_cancels_return())
