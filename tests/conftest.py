"""Shared fixtures: the repo's example corpus and the seed article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SEED_JSONL = EXAMPLES / "jsonl" / "seed-sy24.jsonl"


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    """The founding SY24 article in the spec's input shape."""
    record: dict[str, Any] = json.loads(SEED_JSONL.read_text("utf-8"))
    return record


@pytest.fixture(scope="session")
def seed_text(seed_record: dict[str, Any]) -> str:
    text: str = seed_record["text"]
    return text
