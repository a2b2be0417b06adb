# sys describes the interpreter as struct sequences (version_info, float_info) that compare
# and index like tuples; sys.stdout and sys.stderr are text streams print() can target.
# setrecursionlimit checks its argument. Notice print(file=...) from inside a task.
import asyncio
import sys


async def report(level):
    await asyncio.sleep(0.25)
    print(f"[{level}] from a task", file=sys.stderr if level == "error" else sys.stdout)
    sys.stdout.writelines(["a", "b\n"])


asyncio.run(report("info"))
asyncio.run(report("error"))
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi.releaselevel, vi > (3, 10), vi < (3, 12), vi == (3, 11, vi.micro, "final", 0))
print(type(vi).__name__, len(vi), list(vi)[:2], tuple(vi)[3:], vi[0] + vi[1])
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[2], sys.int_info.bits_per_digit)
print(sys.hash_info.algorithm, sys.hash_info.modulus == 2**61 - 1, sys.maxsize, sys.maxunicode, sys.platform)
print(sys.stderr, sys.__stderr__ is sys.stderr, sys.stderr.isatty(), sys.stderr.fileno())
print(sys.getswitchinterval(), sys.getdefaultencoding(), sys.intern("name"), sys.get_asyncgen_hooks())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval(), "sys" in sys.modules, type(sys.modules).__name__, sys.argv[0].endswith(".py"))
print("no newline", end="", file=sys.stdout, flush=True)
print(" then more", file=None)
for bad in (lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(1.5), lambda: sys.setrecursionlimit("9"),
            lambda: sys.setswitchinterval(0), lambda: sys.stdout.write(b"x"), lambda: sys.stderr.writelines([1]),
            lambda: sys.set_asyncgen_hooks(firstiter=42), lambda: print("x", file=42), lambda: sys.exit(1, 2),
            lambda: sys.getrecursionlimit(5)):
    try:
        bad()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
