"""Collecting located content problems and checking references between files."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Known:
    """Ids other files may refer to; ``None`` means "not known, do not check"."""

    skills: set[str] | None = None
    tracks: set[str] | None = None
    roles: set[str] | None = None
    industries: set[str] | None = None
    environments: set[str] | None = None
    backgrounds: set[str] | None = None


@dataclass
class Problems:
    """Problems found in one file, each ``place: what is wrong``."""

    items: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.items.append(f"{where}: {message}")

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
