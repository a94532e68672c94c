"""Shortest simple paths over a graph of timed moves: Dijkstra, and Yen's k-shortest.

Plain Python, no Qt. A move is anything with ``from_role``, ``to_role`` and
non-negative ``years``. Enumerating every simple path is exponential (a ladder
of a dozen roles joined by zero-year lateral moves has millions); Yen's
algorithm finds the ``k`` fastest with at most ``k`` times the path's length
Dijkstra runs, each O(moves log roles).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar


class Move(Protocol):
    from_role: str
    to_role: str
    years: float


M = TypeVar("M", bound=Move)
Order = tuple[Any, ...]  # a sort key: total years first


def _years(moves: Sequence[Move]) -> float:
    return sum(m.years for m in moves)


def shortest_path(
    out: Mapping[str, Sequence[M]],
    start: str,
    goal: str,
    banned_roles: frozenset[str] | set[str] = frozenset(),
    banned_moves: set[int] | frozenset[int] = frozenset(),
) -> tuple[M, ...] | None:
    """The fastest moves from ``start`` to ``goal`` avoiding the banned roles and moves.

    Ties go to fewer steps, then to the order of ``out``'s lists. Banned moves
    are named by ``id()``. None when the goal cannot be reached.
    """
    tie = itertools.count()
    best: dict[str, tuple[float, int]] = {start: (0.0, 0)}
    came: dict[str, M] = {}
    done: set[str] = set()
    queue: list[tuple[float, int, int, str]] = [(0.0, 0, next(tie), start)]
    while queue:
        years, steps, _, here = heapq.heappop(queue)
        if here in done:
            continue
        done.add(here)
        if here == goal:
            moves: list[M] = []
            while here != start:
                move = came[here]
                moves.append(move)
                here = move.from_role
            return tuple(reversed(moves))
        for move in out.get(here, ()):
            there = move.to_role
            if there in done or there in banned_roles or id(move) in banned_moves:
                continue
            key = (years + move.years, steps + 1)
            if there not in best or key < best[there]:
                best[there] = key
                came[there] = move
                heapq.heappush(queue, (key[0], key[1], next(tie), there))
    return None


def _fastest(moves: Sequence[Move]) -> Order:
    return (_years(moves), len(moves))


def k_shortest_paths(
    out: Mapping[str, Sequence[M]],
    start: str,
    goal: str,
    k: int,
    order: Callable[[tuple[M, ...]], Order] = _fastest,
) -> list[tuple[M, ...]]:
    """Up to ``k`` simple paths from ``start`` to ``goal`` (as their moves), fastest first.

    Yen's algorithm. ``order`` sorts the paths found; it must begin with
    their total years (ties: whatever follows). ``start != goal``.
    """
    first = shortest_path(out, start, goal)
    if first is None or k < 1:
        return []
    found: list[tuple[M, ...]] = [first]
    found_ids = [tuple(map(id, first))]
    seen = set(found_ids)
    tie = itertools.count()
    candidates: list[tuple[Order, int, tuple[M, ...]]] = []
    while len(found) < k:
        last, last_ids = found[-1], found_ids[-1]
        roles = [start, *(m.to_role for m in last)]
        for i in range(len(last)):
            root, root_ids = last[:i], last_ids[:i]
            spur = roles[i]
            banned_moves = {p[i] for p in found_ids if len(p) > i and p[:i] == root_ids}
            spur_moves = shortest_path(out, spur, goal, set(roles[:i]), banned_moves)
            if spur_moves is None:
                continue
            moves = root + spur_moves
            key = tuple(map(id, moves))
            if key in seen:
                continue
            seen.add(key)
            heapq.heappush(candidates, (order(moves), next(tie), moves))
        if not candidates:
            break
        moves = heapq.heappop(candidates)[-1]
        found.append(moves)
        found_ids.append(tuple(map(id, moves)))
    return sorted(found, key=order)
