"""The person's plan on disk (first cut; hardened per RELIABILITY.md).

API contract used by the UI and CLI:
- ``PlanStore(data_dir).open() -> LoadOutcome``
- ``PlanStore.save(plan)`` raises ``SaveError`` (one sentence) on failure
- ``load_plan_file(path) -> Plan`` raises ``PlanFileError`` (located problems)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pmplanner.core.plan import Plan

SCHEMA_VERSION = 1


class PlanFileError(Exception):
    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


class SaveError(Exception):
    pass


@dataclass
class LoadOutcome:
    plan: Plan | None
    is_new: bool = False
    error: PlanFileError | None = None
    quarantined_to: Path | None = None
    backups: list[Path] = field(default_factory=list)


def serialize_plan(plan: Plan) -> bytes:
    data = {"schema_version": SCHEMA_VERSION, **plan.model_dump(mode="json")}
    return json.dumps(data, ensure_ascii=True, allow_nan=False, indent=1).encode("ascii")


def load_plan_file(path: Path) -> Plan:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    data.pop("schema_version")
    return Plan.model_validate(data)


class PlanStore:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / "plan.json"

    def open(self) -> LoadOutcome:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            return LoadOutcome(Plan(), is_new=True)
        return LoadOutcome(load_plan_file(self.path))

    def save(self, plan: Plan) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(serialize_plan(plan))
        os.replace(tmp, self.path)
