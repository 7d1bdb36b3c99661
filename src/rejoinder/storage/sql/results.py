"""Small helpers over SQLAlchemy results."""

from __future__ import annotations

from typing import Any


def inserted_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None, "an INSERT of one row always has a primary key"
    return int(key[0])
