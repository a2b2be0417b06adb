"""Topological sorting of a graph of hashable nodes (CPython's `graphlib`, written for Loopscope).

The order nodes come out in is CPython's: ready nodes in the order they became ready, the first
nodes in insertion order, and a cycle reported as CPython's depth-first search finds it.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's predecessor count doubles as its state once it has been handed out.
_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by `TopologicalSorter.prepare` when the graph has a cycle; `args[1]` is the
    cycle as a list of nodes whose first and last entries are the same node."""


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically, all at once or in ready batches."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # a list once prepare() ran
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add `node`, which depends on every one of `predecessors`."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for predecessor in predecessors:
            self._info(predecessor).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [info.node for info in self._nodes.values() if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not handed out yet."""
        self._require_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._nodes[node].npredecessors = _NODE_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether more nodes can come out of get_ready() or are still to be done()."""
        self._require_prepared()
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes handed out by get_ready() as processed, readying their successors."""
        self._require_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if state == _NODE_DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = self._nodes[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Iterative depth-first search along successor edges, roots in insertion order; the
        # first edge back into the current path closes the cycle that is reported.
        exhausted = object()
        path = []
        successor_iters = []
        position_in_path = {}
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            node = root
            while True:
                if node in visited:
                    if node in position_in_path:
                        return path[position_in_path[node]:] + [node]
                else:
                    visited.add(node)
                    successor_iters.append(iter(self._nodes[node].successors))
                    position_in_path[node] = len(path)
                    path.append(node)
                # Step to the next unexplored successor, backtracking past exhausted nodes.
                while path:
                    node = next(successor_iters[-1], exhausted)
                    if node is not exhausted:
                        break
                    del position_in_path[path.pop()]
                    successor_iters.pop()
                else:
                    break
        return None

    def static_order(self):
        """Every node, in a topological order (a generator; prepares the graph)."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
