# Importing a name a module does not define is an ImportError naming the module's file;
# a submodule asyncio does not have is ModuleNotFoundError.
try:
    from asyncio.locks import RLock
except ImportError as e:
    print("ImportError:", e)
try:
    import asyncio.nonexistent
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
