# The uncaught traceback goes to the current sys.stderr (here the program's stdout).
import sys
sys.stderr = sys.stdout
print("to stdout now")
1 / 0
