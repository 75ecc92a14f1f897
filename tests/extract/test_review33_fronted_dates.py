"""A second verb split off its sentence keeps the date that opens the sentence.

"In 1990, he was convicted of smuggling and was sentenced to seven years": the year
dates the sentence of seven years too, which is no other report of a later term.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.settings import AnalyzeParams
from tests.stories import story_facts, text_article, write_article

OLD_CASE = "In 1990 he was convicted of smuggling and was sentenced to seven years in prison."


def test_the_split_verb_keeps_the_opening_year() -> None:
    found = analyze_article(text_article(OLD_CASE, "Harbour Post"), AnalyzeParams())
    (claim,) = [c for c in found.claims if c.text.startswith("was sentenced")]
    assert [d.text for d in claim.dates] == ["1990"]


def test_a_sentence_of_a_past_year_is_no_conflict_with_a_later_one(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        "Gang boss Dino Marra died Monday in prison in Arlo.\n"
        "In 1990, he was convicted of smuggling and was sentenced to seven years in prison.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-03T12:00:00",
        "Gang boss Dino Marra died Monday in prison in Arlo.\n"
        "A jury convicted him of racketeering in 2015.\n"
        "He was sentenced to 12 years in prison.",
    )
    facts = story_facts(tmp_path)
    assert not [f.text for f in facts if f.conflicts]
