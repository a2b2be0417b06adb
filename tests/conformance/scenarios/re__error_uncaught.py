# An uncaught re.error stops the program with a traceback whose last line names the
# class as re.error and gives the position in the pattern.
import re


def parse_config(lines):
    pattern = re.compile(r"(\w+)\s*=\s*(\w+")
    return [pattern.match(line).groups() for line in lines]


print(re.compile(r"(\w+)\s*=\s*(\w+)").match("a = b").groups())
parse_config(["a = b"])
