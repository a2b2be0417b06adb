# The interpreter prints an uncaught exception's source lines with their indentation
# stripped but any trailing blanks kept (the `traceback` module strips both ends). Lines 11
# and 14 end in spaces on purpose.
import traceback


def divide(a, b):
    return a / b

try:
    divide(1, 0)   
except ZeroDivisionError:
    print(traceback.format_exc())
divide(2, 0)  
