"""Fixtures for the plan storage tests (no Qt): a sample plan and a store with a clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent / "samples"


class FakeClock:
    """A UTC clock the test moves by hand."""

    def __init__(self, start: datetime = datetime(2026, 1, 10, 9, 0, tzinfo=UTC)):
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def sample_path() -> Path:
    return SAMPLES / "plan_v1.json"


@pytest.fixture
def sample_bytes(sample_path) -> bytes:
    return sample_path.read_bytes()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"
