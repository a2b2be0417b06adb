# `raise New(...) from original` records the original as the direct cause; an uncaught
# chain prints "The above exception was the direct cause of the following exception".
# Notice the custom exception class and its message at the very end.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def configure(values):
    return [parse_port(v) for v in values]


print(configure(["80", "443"]))
configure(["8080", "eighty"])
