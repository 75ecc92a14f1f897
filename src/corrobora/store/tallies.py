"""Per-story counts read from the fact rows, without decoding whole reconciliations.

A story listing shows, for each row, how many facts the story has, how many are in
conflict and how many distinct independent origins stand behind them. Those figures
are in the ``facts`` table (one row per fact, its status and its origins as a JSON
list), so one query per batch of stories gives them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from corrobora.model import FactStatus


@dataclass(frozen=True, slots=True)
class FactTally:
    """What a story's reconciliation holds, counted.

    Attributes:
        facts: how many facts.
        conflicting: how many facts have the status ``conflicting``.
        origins: how many distinct independent origins support any of its facts.
    """

    facts: int
    conflicting: int
    origins: int


TALLY_SELECTION = (
    "r.story_id, f.status, f.origins FROM reconciliations AS r"
    " LEFT JOIN facts AS f ON f.story_id = r.story_id"
)
"""What follows SELECT: one row per fact of each reconciled story (a story without
facts gives one row of NULLs), to be narrowed with ``WHERE r.story_id IN (...)``."""


def tally_rows(rows: Iterable[Sequence[Any]]) -> dict[str, FactTally]:
    """Count the ``(story_id, status, origins JSON)`` rows of :data:`TALLY_SELECTION`.

    Raises:
        ValueError: an origins value that is not a JSON list.
    """
    facts: dict[str, int] = {}
    conflicting: dict[str, int] = {}
    origins: dict[str, set[str]] = {}
    parsed: dict[str, list[str]] = {}  # facts of a story often share one origins list
    for story_id, status, origin_list in rows:
        facts.setdefault(story_id, 0)
        conflicting.setdefault(story_id, 0)
        seen = origins.setdefault(story_id, set())
        if status is None:
            continue
        facts[story_id] += 1
        if status == FactStatus.CONFLICTING.value:
            conflicting[story_id] += 1
        names = parsed.get(origin_list)
        if names is None:
            read = json.loads(origin_list)
            if not isinstance(read, list):
                raise ValueError(f"origins of a fact of story {story_id!r} is not a list")
            names = parsed[origin_list] = [str(name) for name in read]
        seen.update(names)
    return {
        story_id: FactTally(facts[story_id], conflicting[story_id], len(origins[story_id]))
        for story_id in facts
    }
