"""Opaque keyset cursors: the sort key of the last item on a page, base64url JSON."""

from __future__ import annotations

import base64
import binascii
import json

from rejoinder.domain.errors import InvalidInput
from rejoinder.domain.model import SortOrder

MAX_CURSOR_CHARS = 200
Key = tuple[float, int]  # (sort value, comment id)


def encode_cursor(sort: SortOrder, key: Key) -> str:
    raw = json.dumps([sort.value, key[0], key[1]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, sort: SortOrder) -> Key:
    """Parse a cursor made by `encode_cursor` for the same sort; anything else is refused."""
    invalid = InvalidInput("cursor.invalid", "That page cursor is not valid for this listing.")
    if len(cursor) > MAX_CURSOR_CHARS:
        raise invalid
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError) as exc:
        raise invalid from exc
    if not (isinstance(value, list) and len(value) == 3 and value[0] == sort.value):
        raise invalid
    sort_value, comment_id = value[1], value[2]
    if isinstance(sort_value, bool) or not isinstance(sort_value, int | float):
        raise invalid
    if isinstance(comment_id, bool) or not isinstance(comment_id, int):
        raise invalid
    return float(sort_value), comment_id
