# platform on the simulated machine: the system, machine, libc and Python facts a script checks
# (to pick an event loop policy, say); node, release and kernel version are the simulation's
# own and are not printed.
import asyncio
import platform
import sys

if platform.system() == "Windows":
    asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
print(platform.system(), platform.machine(), platform.architecture(), platform.libc_ver())
print(platform.python_version(), platform.python_version_tuple(), platform.python_implementation())
print(platform.python_compiler(), platform.processor() == "", len(platform.uname()), platform.uname()[0])
print(platform.platform().startswith("Linux-"), platform.platform().endswith("-x86_64-with-glibc2.36"))
u = platform.uname()
print(u.system, u.machine, u._fields, type(u).__name__, tuple(u)[-1] == "", u.node == platform.node())
print(platform.mac_ver(), platform.win32_ver(), platform.win32_edition(), platform.win32_is_iot())
print(platform.system_alias("Linux", "1", "2"), platform.java_ver())
print(sys.platform, platform.python_version() == sys.version.split()[0])
