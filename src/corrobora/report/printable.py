"""Text safe to print on a terminal: control characters of the articles made visible.

An article may carry escape sequences or other control characters (a hostile page, a
feed, a file name that became an outlet): printed as they are, they would recolour the
terminal, set its title, open a hyperlink or reorder a line. The terminal and Markdown
reports print copies of their inputs in which each such character is replaced by
U+FFFD, one character for one, so that every span still points at the same words; the
HTML pages show article texts through :func:`printable` too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any, TypeVar, cast

__all__ = ["printable", "printable_copy"]

T = TypeVar("T")

#: C0 controls but tab and line feed, DEL, C1 controls, the bidirectional embeddings,
#: overrides and isolates, and lone surrogates (which no output encoding takes).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    """``text`` with each control character replaced by U+FFFD (its length kept)."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(_REPLACEMENT, text)


def printable_copy(value: T) -> T:
    """A copy of ``value`` with :func:`printable` applied to every string inside it.

    Walks dataclasses (their init fields), tuples, lists and mappings; enumerations,
    times and numbers are returned as they are. Unchanged parts are not copied.
    """
    return cast(T, _copy(value))


def _copy(value: Any) -> Any:
    if type(value) is str:
        return printable(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for field in dataclasses.fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _copy(old)
            if new is not old:
                changed[field.name] = new
        return dataclasses.replace(value, **changed) if changed else value
    if isinstance(value, tuple | list):
        items = [_copy(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items) if not hasattr(value, "_fields") else type(value)(*items)
    if isinstance(value, Mapping):
        pairs = [(_copy(key), _copy(item)) for key, item in value.items()]
        if all(k is ok and v is ov for (k, v), (ok, ov) in zip(pairs, value.items(), strict=True)):
            return value
        return dict(pairs)
    return value
