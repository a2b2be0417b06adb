# A coroutine kept in a global dies when the interpreter shuts down: its "never awaited"
# warning is then attributed to sys:1, with the filters the program left in place.
import warnings


async def kept():
    pass


async def also_kept():
    pass


first = kept()
second = also_kept()
warnings.warn("explicit source object", ResourceWarning, source=first)
warnings.simplefilter("always", ResourceWarning)
warnings.warn("explicit source object", ResourceWarning, source=first)
warnings.filterwarnings("ignore", message="coroutine 'kept'")
warnings.filterwarnings("error", message="coroutine 'also")
print("end of program")
