"""Story ids that last: a story keeps its id when articles join it, merges or splits.

Ids are granted to groups of articles (new stories) from the ids their members had
before. Claims are granted in the order of the members that carry them (publication
order), so a story keeps the id of its earliest previously stored article, and when a
story was split the part holding its earliest article keeps its id. A story with no
claim is named after its first article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from ..text import stable_id


def choose_story_ids(
    groups: Sequence[Sequence[str]],
    rank: Mapping[str, int],
    previous: Mapping[str, str] | None = None,
    *,
    is_taken: Callable[[str], bool] = lambda story_id: False,
) -> list[str]:
    """An id per group of article ids (each group in publication order).

    Args:
        groups: the new stories, as article ids, each in publication order.
        rank: article id -> its position in publication order (the claims' order).
        previous: article id -> the id of the story it was in before.
        is_taken: tells whether an id is used elsewhere (a new id avoids it).
    """
    chosen: list[str | None] = [None] * len(groups)
    taken: set[str] = set()
    if previous:
        claims = sorted(
            (rank[article_id], number, previous[article_id])
            for number, group in enumerate(groups)
            for article_id in group
            if article_id in previous
        )
        for _, number, claimed in claims:
            if chosen[number] is None and claimed not in taken:
                chosen[number] = claimed
                taken.add(claimed)
    claimed_before = set(previous.values()) if previous else set()
    result: list[str] = []
    for number, group in enumerate(groups):
        story_id = chosen[number]
        if story_id is None:
            suffix = 0
            story_id = stable_id("story", group[0])
            while story_id in taken or story_id in claimed_before or is_taken(story_id):
                suffix += 1
                story_id = stable_id("story", group[0], str(suffix))
            taken.add(story_id)
        result.append(story_id)
    return result


def vanished_ids(
    groups: Sequence[Sequence[str]], ids: Sequence[str], previous: Mapping[str, str]
) -> list[tuple[str, str]]:
    """``(old id, new id)`` for each earlier story id no group kept.

    The old id resolves to the new story holding most of its articles (ties: the
    smaller id); an old story none of whose articles is grouped has no successor.
    """
    kept = set(ids)
    holders: dict[str, Counter[str]] = {}
    for story_id, group in zip(ids, groups, strict=True):
        for article_id in group:
            old = previous.get(article_id)
            if old is not None and old not in kept:
                holders.setdefault(old, Counter())[story_id] += 1
    return [
        (old, min(counts, key=lambda story_id: (-counts[story_id], story_id)))
        for old, counts in sorted(holders.items())
    ]
