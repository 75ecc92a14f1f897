"""A sort of thing one article counts apart from the thing itself (review 20)."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import fact_with, write_article

_TITLE = "Freight train derails near Holm"


def test_a_sort_an_article_sets_apart_is_no_rival_count(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T08:00:00Z",
        "A freight train derailed near Holm on Monday. Nine wagons derailed, and two "
        "grain wagons were leaking.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T09:00:00Z",
        "A freight train derailed near Holm on Monday. Four grain wagons derailed, and "
        "two of them leaked.", title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "Nine wagons")
    assert not [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]


def test_a_sort_no_article_sets_apart_is_still_weighed(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ardel Herald", "2027-03-09T08:00:00Z",
        "A freight train derailed near Holm on Monday. Nine wagons derailed.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-09T09:00:00Z",
        "A freight train derailed near Holm on Monday. Four grain wagons derailed.",
        title=_TITLE,
    )  # fmt: skip
    fact = fact_with(tmp_path, "Nine wagons")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.NUMBER]
