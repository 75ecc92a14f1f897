"""A date of another clause's event is no rival date (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article

_TITLE = "Freight train derails near Holm"


def test_a_verb_of_another_clause_dates_no_event_of_the_other(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T08:00:00Z",
        "A Kessway Freight train derailed near Holm on Monday night and wagons leaked diesel.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-11T09:00:00Z",
        "Kessway Freight came under pressure on Wednesday after its train derailed near "
        "Holm and leaked diesel.", title=_TITLE,
    )  # fmt: skip
    dates = [c for f in story_facts(tmp_path) for c in f.conflicts if c.kind is ConflictKind.DATE]
    assert not dates


def test_a_date_the_wording_rules_out_dates_nothing(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-11-09T08:00:00Z",
        "Norrvik Rail said an attacker gained access to its ticketing system on October 28.",
        title="Norrvik Rail breach began in October",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-11-11T09:00:00Z",
        "Norrvik Rail said the attacker gained access to its ticketing system on October "
        "26, not October 28 as it had said on Monday.",
        title="Norrvik Rail breach began in October",
    )  # fmt: skip
    dates = [c for f in story_facts(tmp_path) for c in f.conflicts if c.kind is ConflictKind.DATE]
    assert len(dates) == 1 and "October 26" in dates[0].detail
