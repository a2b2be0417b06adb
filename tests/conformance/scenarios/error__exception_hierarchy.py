# User exception classes form a hierarchy, and `except` clauses are tried top to bottom:
# the first clause whose class matches wins, so specific classes must come first.
# Notice that catching the base class also catches every subclass.
class AppError(Exception):
    pass


class NetworkError(AppError):
    def __init__(self, host, code):
        self.host = host
        self.code = code

    def __str__(self):
        return f"{self.host} answered {self.code}"


class TimeoutFailure(NetworkError):
    pass


def attempt(kind):
    if kind == "timeout":
        raise TimeoutFailure("db.local", 504)
    if kind == "network":
        raise NetworkError("api.local", 502)
    if kind == "app":
        raise AppError("bad state")
    raise KeyError(kind)


for kind in ["timeout", "network", "app", "other"]:
    try:
        attempt(kind)
    except TimeoutFailure as e:
        print(kind, "-> TimeoutFailure:", e, e.code)
    except NetworkError as e:
        print(kind, "-> NetworkError:", e.host)
    except AppError as e:
        print(kind, "-> AppError:", e, isinstance(e, Exception))
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, repr(e))
err = TimeoutFailure("cache.local", 408)
print(isinstance(err, NetworkError), isinstance(err, AppError), err.args, str(err))
