# `from import x`: the module name is missing.
from import sleep
