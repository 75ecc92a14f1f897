"""A year opening a sentence frames its clauses, with a comma after it or not."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article

_TITLE = "Smuggler Dario Festa dies in prison"


def test_an_old_sentence_is_no_rival_of_the_latest(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Harbor Times", "2027-03-02T09:00:00Z",
        "Smuggler Dario Festa died Monday in a prison in Rochester.\n\n"
        "In 1962 he was convicted of cigarette smuggling and was sentenced to four "
        "years in prison.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Lake Courier", "2027-03-02T12:00:00Z",
        "Smuggler Dario Festa died Monday in a prison in Rochester.\n\n"
        "A jury convicted him of fraud in 2015.\n\nHe was sentenced to 15 years in "
        "prison.", title=_TITLE,
    )  # fmt: skip
    numbers = [
        c.detail
        for fact in story_facts(tmp_path)
        for c in fact.conflicts
        if c.kind is ConflictKind.NUMBER
    ]
    assert numbers == []
