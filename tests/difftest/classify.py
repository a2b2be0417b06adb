"""Sorting a mismatch between CPython and Loopscope into a known defect.

`classify(source, cpython, engine)` returns a label (a short slug) for a mismatch; the
minimiser keeps a program only while its mismatch keeps the same label, so a minimised
program still shows the defect it was found with. Each known defect has a test below and an
entry in DEFECTS (description, and the reason written into a found scenario's xfail line).
A mismatch no test recognises gets a coarse label `other-...` saying which streams differ.

To teach it a new defect: add an entry to DEFECTS and a test in `classify` (before the
generic ones), then rerun the tester.
"""

import re

# label -> (what it is, xfail reason for a scenario showing it)
DEFECTS = {
    "d1-base-exception": (
        "issue 11 #1: SystemExit/KeyboardInterrupt raised in a task or callback does not "
        "leave the loop",
        "SystemExit/KeyboardInterrupt in a task or callback must leave the loop (issue 11 #1)",
    ),
    "d2-coroutine-await": (
        "issue 11 #2: coroutine objects have no __await__",
        "coroutine objects have no __await__ (issue 11 #2)",
    ),
    "d3-future-iter": (
        "issue 11 #3: `yield from fut` / fut.__await__() fail (Future has no __iter__/__await__)",
        "Future has no __iter__/__await__, so `yield from fut` fails (issue 11 #3)",
    ),
    "d4-qualname": (
        "issue 11 #4: bound built-in methods named without their class (Handle reprs, "
        "'Exception in callback', _asyncio.Future)",
        "bound built-in methods in Handle reprs lack their class, Future.set_result (issue 11 #4)",
    ),
    "d5-gather-cancel": (
        "issue 11 #5: a cancelled gather(return_exceptions=True) raises the wrong child's "
        "CancelledError (CPython: the last child's)",
        "a cancelled gather(return_exceptions=True) raises the last child's CancelledError "
        "(issue 11 #5)",
    ),
    "d6-destruction": (
        "issue 11 #6: order of 'Task exception was never retrieved' / 'Task was destroyed "
        "but it is pending!' (CPython logs when the task is freed)",
        "tasks are freed (and their exceptions logged) in CPython's order (issue 11 #6)",
    ),
    "d7-engine-nondeterministic": (
        "issue 11 #7: the engine gave two different outputs for the same program",
        "a run must be a pure function of the program (issue 11 #7)",
    ),
    "n1-awaitable-wrap": (
        "new: ensure_future/gather/wait_for reject custom awaitables (CPython wraps any "
        "object with __await__ in a task)",
        "ensure_future/gather/wait_for must wrap custom awaitables in a task",
    ),
    "n2-traceback-frames": (
        "new: tracebacks have other frames than CPython's (same output otherwise); e.g. an "
        "exception re-raised by Future.result() keeps the frames of earlier raises (CPython "
        "restores the traceback saved by set_exception)",
        "tracebacks must show CPython's frames (an exception re-raised from a future)",
    ),
    "n3-empty-traceback": (
        "new: an exception raised inside asyncio's own code (e.g. the CancelledError of a "
        "cancelled asyncio.sleep child of gather) is logged by CPython with a `Traceback "
        "(most recent call last):` header whose frames are all library frames (normalised "
        "away); Loopscope prints no header",
        "exceptions raised inside asyncio's library code carry a traceback (its header shows)",
    ),
    "n5-library-context": (
        "new: exceptions raised inside asyncio's code lack the __context__ CPython gives them: "
        "what the library was handling then (wait_for's `except CancelledError`, or main's "
        "exception while asyncio.run cancels the leftover tasks); 'During handling of the "
        "above exception' blocks missing",
        "exceptions raised in asyncio's library code get __context__ from what the library is handling",
    ),
    "n6-asyncgen-lifetime": (
        "new: an async generator abandoned in a task's frame is closed at another moment "
        "than in CPython (which exception keeps the frame alive, and how long, when the task "
        "is cancelled through a gathering future): its cleanup lines move",
        "an abandoned async generator must be finalized when CPython frees its frame",
    ),
    "n4-never-retrieved-missing": (
        "new: CPython logs 'exception was never retrieved' for a task/future where Loopscope "
        "does not (a failed child of a gather(return_exceptions=True) that never completes: "
        "gather retrieves its children's exceptions only when all are done)",
        "an exception counts as retrieved only where CPython retrieves it",
    ),
    "n4-never-retrieved-extra": (
        "new: Loopscope logs 'exception was never retrieved' where CPython does not",
        "an exception counts as retrieved where CPython retrieves it",
    ),
    "unsupported": (
        "the engine stopped on an unsupported construct (exit status 2): the generator left "
        "the supported subset",
        "the engine does not support a construct used here",
    ),
    "cpython-nondeterministic": (
        "CPython itself printed something else on a second run: the generator made a "
        "program whose output depends on addresses or hashing (a generator bug)",
        "CPython's output is not deterministic here",
    ),
}


def describe(label):
    if label in DEFECTS:
        return DEFECTS[label][0]
    if all(part in DEFECTS for part in label.split("+")):
        return "several defects at once: " + ", ".join(label.split("+"))
    return "not recognised yet: " + label


def xfail_reason(label):
    if label in DEFECTS:
        return DEFECTS[label][1]
    if all(part in DEFECTS for part in label.split("+")):
        return "; ".join(DEFECTS[part][1] for part in label.split("+"))
    return f"differential tester mismatch ({label}), not understood yet"


_QUALIFIED = re.compile(r"\b(?:_asyncio\.)?(?:Future|Task|_GatheringFuture)\.(\w+)\(")
_C_TYPES = re.compile(r"\b_asyncio\.(Future|Task)\b")
_CANCEL_MSG = re.compile(r"(?m)CancelledError\((?:'[^']*'|\"[^\"]*\")?\)|CancelledError(?:: .*)?$")
_CHAIN_SEPARATORS = (
    "The above exception was the direct cause of the following exception:",
    "During handling of the above exception, another exception occurred:",
)


def _drop_chain_prefixes(text):
    """Every printed exception chain cut down to its last exception: the blocks before a
    `The above exception ...` / `During handling ...` separator are dropped."""
    lines = text.split("\n")
    while True:
        idx = next((k for k, line in enumerate(lines) if line in _CHAIN_SEPARATORS), None)
        if idx is None or idx < 2:
            return "\n".join(lines)
        start = idx - 2  # the exception line of the block before the separator
        while start > 0 and (
            lines[start - 1].startswith("  ")
            or lines[start - 1] == "Traceback (most recent call last):"
        ):
            start -= 1
        del lines[start : idx + 2]


_BASE_EXC_RAISE = re.compile(r"\braise (SystemExit|KeyboardInterrupt)\b|\b(halt|interrupt)\b")
_AWAITABLE_WRAPPED = re.compile(r"(gather|wait_for|ensure_future)\((?:[^()\n]|\([^()\n]*\))*\bTicks?\(")


def _strip_qualnames(text):
    return _C_TYPES.sub(r"\1", _QUALIFIED.sub(r"\1(", text))


def _drop_empty_tracebacks(text):
    """Without `Traceback (most recent call last):` headers that no visible frame follows."""
    lines = text.splitlines(keepends=True)
    return "".join(
        line
        for i, line in enumerate(lines)
        if not (
            line.startswith("Traceback (most recent call last):")
            and not (i + 1 < len(lines) and lines[i + 1].startswith("  File "))
        )
    )


def _drop_frames(text):
    """Without traceback frame entries (`  File ...` and the indented lines under it)."""
    out = []
    in_frame = False
    for line in text.splitlines(keepends=True):
        if line.startswith("  File "):
            in_frame = True
            continue
        if in_frame and line.startswith("    "):
            continue
        in_frame = False
        out.append(line)
    return "".join(out)


def _sorted_lines(text):
    return "".join(sorted(text.splitlines(keepends=True)))


# Defects that change only the text of the output: each canonicaliser maps both sides to a
# form where that defect no longer shows. (label, applies to stdout, applies to stderr, fn,
# condition on the source). A mismatch that one or several of them explain gets their labels
# joined with "+" (the smallest such set, earliest first).
def _drop_asyncgen_cleanup(text):
    """The lines the generator's async generator prints in its `finally`."""
    kept = [line for line in text.split("\n") if not line.split(" ", 1)[-1].startswith("ticker clos")]
    return "\n".join(kept)


_CANONS = [
    ("d4-qualname", True, True, _strip_qualnames, None),
    ("n3-empty-traceback", False, True, _drop_empty_tracebacks, None),
    ("n2-traceback-frames", False, True, _drop_frames, None),
    ("n5-library-context", False, True, _drop_chain_prefixes, None),
    ("d6-destruction", False, True, _sorted_lines, None),
    ("n6-asyncgen-lifetime", True, False, _drop_asyncgen_cleanup, lambda s: "ticker(" in s),
    # The wrong child's CancelledError: another message, and another traceback (or none).
    # Broad, so it comes last: a smaller explanation wins.
    (
        "d5-gather-cancel",
        True,
        True,
        lambda t: _drop_empty_tracebacks(_drop_frames(_CANCEL_MSG.sub("CancelledError(?)", t))),
        lambda s: "return_exceptions=True" in s,
    ),
]


def _explained(source, cpython, engine):
    import itertools

    usable = [c for c in _CANONS if c[4] is None or c[4](source)]
    for size in range(1, len(usable) + 1):
        for combo in itertools.combinations(usable, size):
            a_out, a_err, b_out, b_err = cpython[0], cpython[1], engine[0], engine[1]
            for _, on_out, on_err, fn, _ in combo:
                if on_out:
                    a_out, b_out = fn(a_out), fn(b_out)
                if on_err:
                    a_err, b_err = fn(a_err), fn(b_err)
            if a_out == b_out and a_err == b_err:
                return "+".join(c[0] for c in combo)
    return None


def classify(source, cpython, engine):
    """cpython and engine are (stdout, stderr, status) after normalisation; they differ."""
    c_out, c_err, c_status = cpython
    e_out, e_err, e_status = engine
    e_all = e_out + e_err
    if e_status == 2 and c_status != 2:
        return "unsupported"
    if "'coroutine' object has no attribute '__await__'" in e_all or (
        ".__await__())" in source
        and "was never awaited" in e_err
        and "was never awaited" not in c_err
    ):
        return "d2-coroutine-await"
    if re.search(
        r"'(Future|_GatheringFuture|Task)' object (is not iterable|has no attribute '__await__')",
        e_all,
    ):
        return "d3-future-iter"
    awaitable_msg = "An asyncio.Future, a coroutine or an awaitable is required"
    if awaitable_msg in e_all and awaitable_msg not in c_out + c_err:
        return "n1-awaitable-wrap"
    if _BASE_EXC_RAISE.search(source) and (
        c_status != e_status
        or "SystemExit" in e_err + c_err
        or "KeyboardInterrupt" in e_err + c_err
    ):
        return "d1-base-exception"
    if c_status == e_status:
        label = _explained(source, cpython, engine)
        if label:
            return label
    if _AWAITABLE_WRAPPED.search(source):
        # The TypeError can stay hidden (in a task nobody awaits, in a gather's result).
        return "n1-awaitable-wrap"
    destroyed = "Task was destroyed but it is pending!"
    if c_err.count(destroyed) != e_err.count(destroyed):
        return "d6-destruction"
    never = "exception was never retrieved"
    if c_err.count(never) > e_err.count(never):
        return "n4-never-retrieved-missing"
    if c_err.count(never) < e_err.count(never):
        return "n4-never-retrieved-extra"
    parts = []
    if c_out != e_out:
        parts.append("stdout")
    if c_err != e_err:
        parts.append("stderr")
    if c_status != e_status:
        parts.append(f"status{c_status}-{e_status}")
    return "other-" + "-".join(parts)


def first_difference(cpython, engine):
    """(stream, cpython line, engine line) of the first difference, for summaries."""
    for name, a, b in (("stdout", cpython[0], engine[0]), ("stderr", cpython[1], engine[1])):
        if a != b:
            al, bl = a.splitlines(), b.splitlines()
            for x, y in zip(al, bl):
                if x != y:
                    return name, x, y
            n = min(len(al), len(bl))
            return name, (al[n] if n < len(al) else "<end>"), (bl[n] if n < len(bl) else "<end>")
    return "status", str(cpython[2]), str(engine[2])
