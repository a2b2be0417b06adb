# The warnings docs' idiom, and the sys attributes of a run without -W/-X options.
import sys, warnings
if not sys.warnoptions:
    warnings.simplefilter("ignore")
print(sys.warnoptions, sys._xoptions, sys.is_finalizing(), sys.float_repr_style, sys.platlibdir)
import atexit
atexit.register(lambda: print("atexit", sys.is_finalizing()))
