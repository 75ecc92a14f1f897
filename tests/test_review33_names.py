"""Names read as written: kin named apart, states clipped, common nouns, one paper's name.

"his grandson Tom Becker said" against "his grandson Sam Becker said" names one relative
two ways; "Dunmore, Calif." and "Dunmore, California" are one place; "undrafted rookie"
is no place; "the Post Democrat newspaper reported" credits the Post Democrat.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.entities import find_mentions, same_body
from corrobora.extract.nlp import parse
from corrobora.model import ConflictKind
from corrobora.settings import AnalyzeParams

from .stories import attributions, fact_with, text_article, write_article

_OPENINGS = (
    "Retired judge Paul Orrin has died. He was 91.",
    "Paul Orrin, the longtime county judge, has died at 91.",
)


def _pair(folder: Path, first: str, second: str) -> None:
    """Write two articles of one death whose second sentences are ``first`` and ``second``."""
    first_opening, second_opening = _OPENINGS
    write_article(folder, "a.txt", "Hill Ledger", "2026-02-05T10:00:00", f"{first_opening} {first}")
    write_article(
        folder, "b.txt", "Bay Herald", "2026-02-05T12:00:00", f"{second_opening} {second}"
    )


def test_one_kin_named_two_ways_is_a_conflict(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "Orrin died at his home in Dunmore on Friday, his grandson Tom Becker said.",
        "Orrin died at his home in Dunmore on Friday, his grandson Sam Becker said.",
    )
    fact = fact_with(tmp_path, "Tom Becker")
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
    assert "grandson" in fact.conflicts[0].detail


def test_a_state_clipped_with_a_stop_is_the_state() -> None:
    assert same_body("calif", "california")
    assert same_body("penn", "pennsylvania")
    assert not same_body("niger", "nigeria")
    assert not same_body("rome", "romania")


def test_a_clipped_state_is_no_rival_place(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "Orrin died Friday at his home in Dunmore, Calif., his grandson Tom Becker said.",
        "Tom Becker, Orrin's grandson, said his grandfather died at his home in Dunmore,"
        " California.",
    )
    fact = fact_with(tmp_path, "Calif.")
    assert fact.conflicts == ()


def test_lower_case_words_are_no_place() -> None:
    text = (
        "The spot was filled with the signing of undrafted rookie running back Eli Sand"
        " (5-11, 220), who comes to the Gulls from the Portvale practice squad."
    )
    doc = parse(text, AnalyzeParams().model)
    keys = {m.key for m in find_mentions(doc, text_article(text, "Hill Ledger"))}
    assert "eli sand" in keys
    assert not any(key.startswith("undrafted") for key in keys)


def test_a_paper_named_with_a_party_word_is_one_origin(tmp_path: Path) -> None:
    _pair(
        tmp_path,
        "Orrin died at his home in Dunmore on Friday, the Post Democrat newspaper reported.",
        "Orrin died at his home in Dunmore on Friday, the Post Democrat reported.",
    )
    fact = fact_with(tmp_path, "Post Democrat newspaper")
    assert fact.origins == ("post democrat",)
    assert fact.independent_support == 1


def test_the_paper_is_credited_by_its_whole_name() -> None:
    text = "Orrin died on Friday, the Post Democrat newspaper reported."
    (credit,) = attributions(text, "Hill Ledger")
    assert credit.source_key == "post democrat"
