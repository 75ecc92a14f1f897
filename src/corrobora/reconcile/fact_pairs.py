"""Number conflicts over one attribute between the facts of a story, one per pair.

A person's age, the ages listed of an unnamed group, a parent's count of children:
each is told in side clauses of claims that land in different facts, so each is
weighed across facts. The rules differ in what they read; the pairing is this one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..model import Claim, Conflict, ConflictKind, Evidence

__all__ = ["conflicts_across_facts", "number_conflict"]

#: Two claims' wordings of one attribute where they differ, else None.
Wordings = Callable[[Claim, Claim], tuple[str, str] | None]


def conflicts_across_facts(
    entries: Sequence[tuple[int, Claim]], wordings: Wordings, rank: Mapping[str, int]
) -> dict[int, list[Conflict]]:
    """The number conflicts between claims of two groups (facts), one per pair of groups.

    Args:
        entries: (group index, claim) of every claim that tells the attribute.
        wordings: the two sides' wordings of the attribute where they differ.
        rank: article id -> place in publication order, for the order of the wordings.

    Returns:
        Conflicts keyed by the index of each group concerned.
    """
    found: dict[int, list[Conflict]] = {}
    paired: set[tuple[int, int]] = set()
    for i, (first_group, first) in enumerate(entries):
        for second_group, second in entries[i + 1 :]:
            pair = (min(first_group, second_group), max(first_group, second_group))
            if first_group == second_group or pair in paired:
                continue
            sides = wordings(first, second)
            if sides is None:
                continue
            paired.add(pair)
            conflict = number_conflict([(first, sides[0]), (second, sides[1])], rank)
            found.setdefault(first_group, []).append(conflict)
            found.setdefault(second_group, []).append(conflict)
    return found


def number_conflict(sides: Sequence[tuple[Claim, str]], rank: Mapping[str, int]) -> Conflict:
    """A number conflict of two wordings, in publication order (then place in the text)."""
    ordered = sorted(sides, key=lambda side: (rank.get(side[0].article_id, 0), side[0].span.start))
    return Conflict(
        ConflictKind.NUMBER,
        " vs ".join(words for _, words in ordered),
        tuple(Evidence(c.article_id, c.span, c.text) for c, _ in ordered),
    )
