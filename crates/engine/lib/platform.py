"""Facts about the platform (CPython's `platform`, written for Loopscope).

A run is CPython 3.11.7 on x86-64 Linux with glibc 2.36, so `system()`, `machine()`,
`architecture()`, `libc_ver()` and the `python_*` functions answer as CPython does there
(`platform.system() == "Windows"` checks take the Linux branch). The machine itself is the
simulation's: its host name is the simulated network's (`socket.gethostname()`), and its
kernel release and version are Loopscope's own strings, where CPython reports the real
machine's.
"""

import collections
import sys

_SYSTEM = "Linux"
_RELEASE = "6.1.0-loopscope"
_KERNEL_VERSION = "#1 SMP PREEMPT_DYNAMIC Loopscope"
_MACHINE = "x86_64"


class uname_result(
    collections.namedtuple("uname_result_base", "system node release version machine")
):
    """`uname()`: the five fields of `os.uname()`, and `processor`."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    @property
    def processor(self):
        # CPython asks `uname -p`, which says "unknown" on Linux: shown as blank.
        return ""

    def __iter__(self):
        yield from super().__iter__()
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[: len(self._fields) - 1]


_uname_cache = None


def uname():
    """The system, node, release, version and machine, plus processor."""
    global _uname_cache
    if _uname_cache is None:
        import socket

        _uname_cache = uname_result(
            _SYSTEM, socket.gethostname(), _RELEASE, _KERNEL_VERSION, _MACHINE
        )
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("glibc", "2.36")


def python_implementation():
    return "CPython"


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("main", "Jan  1 2024 00:00:00")


def python_compiler():
    return "GCC 12.2.0"


def system_alias(system, release, version):
    return system, release, version


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return release, versioninfo, machine


def win32_ver(release="", version="", csd="", ptype=""):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release="", vendor="", vminfo=("", "", ""), osinfo=("", "", "")):
    return release, vendor, vminfo, osinfo


def platform(aliased=False, terse=False):
    """`Linux-<release>-x86_64-with-glibc2.36`, as CPython builds it on Linux."""
    libc_name, libc_version = libc_ver()
    parts = (system(), release(), machine(), processor(), "with", libc_name + libc_version)
    text = "-".join(part.strip() for part in parts if part)
    for unsafe in ' /\\:;"()':
        text = text.replace(unsafe, "_" if unsafe == " " else "-")
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")
