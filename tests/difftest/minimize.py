"""Delta debugging on a program tree (gen.Node): the smallest program that still fails.

`minimize(nodes, test, budget)` removes statements while `test(source)` stays true (the
mismatch keeps its label). The program stays valid by construction:
- removing a statement removes its block, and every statement that reads a name it (or
  anything inside it) defined (`Node.defs`/`Node.uses`), so no NameError appears;
- an emptied block renders as `pass`; a `try` left without `except`/`finally` is replaced
  by its body (an orphaned `else:` joins the body);
- `fixed` statements (imports, the drain, `asyncio.run(main())`) are never removed.
Steps: ddmin over the removable statements (chunks of halving size), then one by one: unwrap
each compound statement into its body, drop each `except`/`else`/`finally` clause, drop each
statement; repeated until nothing changes or the budget of test runs is spent.
"""

from gen import Clause, Node, copy_tree, render


def _number(nodes, start=0):
    """Gives every node and clause a fresh `uid` attribute; returns the next free number."""
    n = start
    for node in nodes:
        node.uid = n
        n += 1
        if node.body is not None:
            n = _number(node.body, n)
            for c in node.clauses:
                c.uid = n
                n += 1
                n = _number(c.body, n)
    return n


def _all_defs(node):
    names = set(node.defs)
    if node.body is not None:
        for child in node.body:
            names |= _all_defs(child)
        for c in node.clauses:
            names |= c.defs
            for child in c.body:
                names |= _all_defs(child)
    return names


def _clause_defs(c):
    names = set(c.defs)
    for child in c.body:
        names |= _all_defs(child)
    return names


def _filter(nodes, drop, unwrap, gone):
    """Copies `nodes` without the uids in `drop`, unwrapping the uids in `unwrap`;
    adds the names that disappear to `gone`. Returns the new list."""
    out = []
    for n in nodes:
        if n.uid in drop or (n.uses & gone):
            if n.fixed:
                raise _Invalid()
            gone |= _all_defs(n)
            continue
        if n.body is None:
            out.append(n)
            continue
        body = _filter(n.body, drop, unwrap, gone)
        clauses = []
        for c in n.clauses:
            if c.uid in drop or (c.uses & gone):
                gone |= _clause_defs(c)
                continue
            clauses.append(Clause(c.head, _filter(c.body, drop, unwrap, gone), c.defs, c.uses))
            clauses[-1].uid = c.uid
        if n.head == "try:":
            if not any(c.head.startswith("except") for c in clauses):
                # `else:` needs an except clause: its statements join the body.
                for c in clauses:
                    if c.head == "else:":
                        body = body + c.body
                clauses = [c for c in clauses if c.head != "else:"]
            if not clauses:
                if n.fixed:
                    raise _Invalid()
                out.extend(body)
                continue
        if n.uid in unwrap and not n.fixed:
            # The body takes the statement's place, followed by a `finally:` body; what the
            # head (`async with ... as x`, `for x in ...`) and the other clauses defined is
            # gone.
            gone |= n.defs
            out.extend(body)
            for c in clauses:
                if c.head == "finally:":
                    out.extend(c.body)
                else:
                    gone |= _clause_defs(c)
            continue
        m = Node(n.head, body, clauses, n.defs, n.uses, n.fixed)
        m.blank_before = n.blank_before
        m.uid = n.uid
        out.append(m)
    return out


class _Invalid(Exception):
    pass


def _transform(nodes, drop=(), unwrap=()):
    """The tree without `drop` and with `unwrap` unwrapped, after the cascade of removals;
    None if that would remove a fixed statement. Runs to a fixpoint: a name that disappears
    late can make an earlier statement invalid."""
    drop, unwrap = set(drop), set(unwrap)
    gone = set()
    try:
        while True:
            before = len(gone)
            tree = _filter(nodes, drop, unwrap, gone)
            if len(gone) == before:
                return tree
    except _Invalid:
        return None


def _removable(nodes):
    """uids of statements that may be removed, pre-order."""
    out = []
    for n in nodes:
        if not n.fixed:
            out.append(n.uid)
        if n.body is not None:
            out += _removable(n.body)
            for c in n.clauses:
                out += _removable(c.body)
    return out


def _compounds(nodes):
    out = []
    for n in nodes:
        if n.body is not None:
            # A loop's body may hold `break`: it is not unwrapped (only removed whole).
            unwrappable = ("def ", "async def ", "class ", "async for ", "for ", "while ")
            if not n.fixed and not n.head.startswith(unwrappable):
                out.append(n.uid)
            out += _compounds(n.body)
            for c in n.clauses:
                out += _compounds(c.body)
    return out


def _clauses(nodes):
    out = []
    for n in nodes:
        if n.body is not None:
            out += _clauses(n.body)
            for c in n.clauses:
                if not n.fixed:
                    out.append(c.uid)
                out += _clauses(c.body)
    return out


class Budget(Exception):
    pass


def minimize(nodes, test, budget=300):
    """The smallest tree found for which test(source) is true (test(render(nodes)) must be
    true to begin with). At most `budget` calls of `test`."""
    tree = copy_tree(nodes)
    _number(tree)
    tried = {}
    calls = [0]
    current = [render(tree)]

    def ok(candidate):
        if candidate is None:
            return False
        src = render(candidate)
        if src == current[0]:
            return False
        if src in tried:
            return tried[src]
        try:
            compile(src, "prog.py", "exec")
        except SyntaxError:
            tried[src] = False
            return False
        if calls[0] >= budget:
            raise Budget()
        calls[0] += 1
        tried[src] = result = test(src)
        if result:
            current[0] = src
        return result

    try:
        # ddmin: chunks of halving size.
        n = 2
        while True:
            cands = _removable(tree)
            if not cands:
                break
            size = max(1, len(cands) // n)
            for start in range(0, len(cands), size):
                trial = _transform(tree, drop=cands[start : start + size])
                if ok(trial):
                    tree = trial
                    n = max(2, n - 1)
                    break
            else:
                if size == 1:
                    break
                n = min(len(cands), n * 2)
        # One by one until nothing changes.
        changed = True
        while changed:
            changed = False
            for uid in _compounds(tree):
                trial = _transform(tree, unwrap=[uid])
                if ok(trial):
                    tree, changed = trial, True
            for uid in _clauses(tree):
                trial = _transform(tree, drop=[uid])
                if ok(trial):
                    tree, changed = trial, True
            for uid in _removable(tree):
                trial = _transform(tree, drop=[uid])
                if ok(trial):
                    tree, changed = trial, True
    except Budget:
        pass
    return tree, calls[0]
