# import builtins: the module __main__'s __builtins__ is; patching builtins.print changes
# what print means everywhere, and a name added to builtins resolves (and goes away with it).
import builtins
print(builtins.print is print, builtins.len([1, 2]), builtins.__name__, builtins)
print(builtins is __builtins__)
original = builtins.print
def shout(*args, **kwargs):
    original(*[str(a).upper() for a in args], **kwargs)
builtins.print = shout
print("patched")
builtins.print = original
print("restored")
builtins.answer = 42
print(answer)
del builtins.answer
try:
    answer
except NameError as e:
    print("NameError:", e)
print(hasattr(builtins, "open"), "ValueError" in dir(builtins), builtins.ValueError is ValueError)
