"""A wording that denies a fact stands against it, never with it.

Only one wording of each article pair is weighed for a conflict, so an article whose
denial was not the weighed one must still count toward none of the fact's origins and
read as contradicting it in the timeline.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import FactEventKind

from .stories import fact_with, write_article


def test_a_second_denial_contradicts_and_is_no_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-06-02T20:00:00",
        "Governor Ada Kellin is expected to resign from office on Wednesday, according to "
        "a person familiar with her plans who asked not to be named.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-06-03T09:00:00",
        "Governor Ada Kellin's office filed papers for a budget extension on Wednesday.\n\n"
        "Marta Soll, Kellin's chief of staff, denied reports that the governor planned to "
        "resign.",
    )
    write_article(
        tmp_path,
        "c.txt",
        "Harbour Post",
        "2026-06-03T14:00:00",
        "Governor Ada Kellin denied on Wednesday that she planned to resign from office.\n\n"
        '"The governor has not resigned, and she will not resign," her chief of staff, '
        "Marta Soll, said.",
    )
    fact = fact_with(tmp_path, "expected to resign")
    events = {e.article_id: e.kind for e in fact.timeline}
    later = [e.kind for e in fact.timeline[1:]]
    assert FactEventKind.CORROBORATES not in later, events
    assert fact.independent_support == 1, fact.origins
