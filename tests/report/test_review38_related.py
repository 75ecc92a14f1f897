"""A fact's line of facts of the same event stays short in a large story."""

from __future__ import annotations

from dataclasses import replace

from corrobora.model import Fact
from corrobora.report.common import RELATED_SHOWN, StoryView

from .sample import SCHOOLS_FACT, report


def _facts_with_related(count: int) -> tuple[Fact, ...]:
    others = tuple(
        replace(SCHOOLS_FACT, id=f"f-other-{n}", text=f"{SCHOOLS_FACT.text} {n}")
        for n in range(count)
    )
    first = replace(SCHOOLS_FACT, related=tuple(reversed([o.id for o in others])))
    return (first, *others)


def test_many_related_facts_are_named_in_order_and_the_rest_counted() -> None:
    facts = _facts_with_related(RELATED_SHOWN + 5)
    view = StoryView(report(facts))
    line = view.related_line(view.facts[[f.id for f in view.facts].index("f-schools")])
    named = line.removeprefix("same event as ").split(" and ")[0].split(", ")
    assert len(named) == RELATED_SHOWN
    assert named == sorted(named, key=lambda number: int(number[1:]))
    assert line.endswith(" and 5 more")


def test_a_few_related_facts_are_all_named() -> None:
    facts = _facts_with_related(2)
    view = StoryView(report(facts))
    line = view.related_line(view.facts[[f.id for f in view.facts].index("f-schools")])
    assert line.count("F") == 2 and "more" not in line
