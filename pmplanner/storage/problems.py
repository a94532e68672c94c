"""Located problems, collected with a cap: one home for "… and N more".

A broken file can hold hundreds of thousands of problems; keeping and printing
them all costs memory and time and helps nobody. ``Problems`` keeps the first
``MAX_PROBLEMS`` and counts the rest; ``listed`` shows the first few and says
how many more there are. ``JsonFileError.describe`` and ``pmplanner check``
both use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

MAX_PROBLEMS = 500


@dataclass
class Problems:
    """Problems found in one file, each ``place: what is wrong``.

    ``items`` holds at most MAX_PROBLEMS lines; ``omitted`` counts the rest.
    """

    items: list[str] = field(default_factory=list)
    omitted: int = 0

    def __bool__(self) -> bool:
        return bool(self.items) or self.omitted > 0

    @property
    def total(self) -> int:
        return len(self.items) + self.omitted

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS

    def line(self, text: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(text)
        else:
            self.omitted += 1

    def add(self, where: str, message: str) -> None:
        if len(self.items) < MAX_PROBLEMS:
            self.items.append(f"{where}: {message}")
        else:
            self.omitted += 1

    def extend(self, other: Problems | Iterable[str], prefix: str = "") -> None:
        lines = other.items if isinstance(other, Problems) else other
        for text in lines:
            self.line(prefix + text)
        if isinstance(other, Problems):
            self.omitted += other.omitted

    def duplicates(self, name: str, ids: Iterable[Any], what: str) -> None:
        first: dict[Any, int] = {}
        for i, ident in enumerate(ids):
            if ident in first:
                self.add(
                    f"{name}[{i}]", f"duplicate {what} {ident!r} (first at {name}[{first[ident]}])"
                )
            else:
                first[ident] = i

    def refs(self, where: str, ids: Iterable[str], known: set[str] | None, what: str) -> None:
        if known is None:
            return
        for j, ident in enumerate(ids):
            if ident not in known:
                self.add(f"{where}[{j}]", f"unknown {what} {ident!r}")

    def ref(self, where: str, ident: str, known: set[str] | None, what: str) -> None:
        if known is not None and ident not in known:
            self.add(where, f"unknown {what} {ident!r}")


def listed(problems: list[str], limit: int, omitted: int = 0) -> list[str]:
    """The first ``limit`` problems, then "… and N more problems" when there are more."""
    shown = problems[:limit]
    more = len(problems) - len(shown) + omitted
    if more:
        shown = [*shown, f"… and {more:,} more problem{'s' if more != 1 else ''}"]
    return shown
