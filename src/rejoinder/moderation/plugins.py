"""Checks added by the operator: `moderation_checks = ["package.module:Factory", ...]`.

Each entry names a callable — usually a class — that takes no arguments and returns a
`Check` (see `moderation.base`): a site's own rules, a hosted spam service such as Akismet, a
larger model. They run after the built-in abuse checks and before premoderation, so their
verdicts combine with the others' and a trusted author still skips only premoderation.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import cast

from rejoinder.moderation.base import Check


class PluginError(ValueError):
    """A configured check cannot be loaded: said at start-up, never at the first comment."""


def resolve(spec: str) -> Callable[[], Check]:
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise PluginError(f"moderation check {spec!r}: expected 'package.module:Name'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PluginError(f"moderation check {spec!r}: cannot import {module_name}: {exc}") from exc
    factory = getattr(module, attribute, None)
    if not callable(factory):
        raise PluginError(f"moderation check {spec!r}: {module_name} has no callable {attribute}")
    return cast(Callable[[], Check], factory)


def load_checks(specs: Sequence[str]) -> list[Check]:
    checks = []
    for spec in specs:
        check = resolve(spec)()
        if not callable(check) or not isinstance(getattr(check, "name", None), str):
            raise PluginError(
                f"moderation check {spec!r}: built {check!r}, which is not a Check "
                "(an object with a `name` and an async __call__(submission, context))"
            )
        checks.append(check)
    return checks
