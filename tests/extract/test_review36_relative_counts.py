"""A relative or participial clause that gives its own count of an act is a claim of its own.

"... helped bring about the dawn raids on Tuesday in which 64 people were arrested, the
paper reported" counts the arrested inside a claim about something else; split off,
the count meets a rival one given in a main clause ("Police arrested 76 people").
A figure that dates the clause ("built in 1932"), a count outside it ("the 12 miners
who were trapped") or a plan ("a plan to hire 300 workers") splits nothing.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim, ConflictKind
from corrobora.settings import AnalyzeParams
from tests.stories import fact_with, text_article, write_article

_RAIDS = (
    "The mayor of Velmora may have resigned because leaked letters between him and two "
    "councillors helped bring about the dawn raids on Tuesday in which 64 people were "
    "arrested after a long inquiry, the Harbor Courier reported."
)


def _claims(sentence: str) -> tuple[str, list[Claim]]:
    text = f"City news\n\n{sentence}\n"
    return text, list(analyze_article(text_article(text, "Dunmere Ledger"), AnalyzeParams()).claims)


def _texts(sentence: str) -> list[str]:
    return [c.text for c in _claims(sentence)[1]]


def test_a_relative_clause_with_its_own_count_is_split_off() -> None:
    text, claims = _claims(_RAIDS)
    (count,) = [c for c in claims if "64 people" in c.text]
    assert (
        count.text
        == "in which 64 people were arrested after a long inquiry, the Harbor Courier reported"
    )
    assert text[count.span.start : count.span.end] == count.text
    assert count.predicate == "arrest"
    assert {"dawn", "raid"} <= set(count.terms)
    (rest,) = [c for c in claims if "resigned" in c.text]
    assert rest.text.endswith("the dawn raids on Tuesday")


def test_a_split_count_meets_a_rival_count_of_a_main_clause(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Harbor Courier", "2026-03-05T10:00:00", _RAIDS)
    write_article(
        tmp_path,
        "b.txt",
        "Velmora Star",
        "2026-03-05T12:00:00",
        "Police arrested 76 people in dawn raids across Velmora on Tuesday.",
    )
    fact = fact_with(tmp_path, "64 people were arrested")
    assert any("76 people" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}


def test_a_toll_left_by_a_storm_is_split_off() -> None:
    texts = _texts(
        "Flooding closed the coast road at Marrow Bay on Sunday after a storm which left "
        "14 people dead."
    )
    assert "which left 14 people dead" in texts, texts


def test_a_count_after_a_preposition_of_the_clause_is_split_off() -> None:
    texts = _texts("The minister of Castor praised the raids that led to 37 arrests.")
    assert "that led to 37 arrests" in texts, texts


def test_a_participle_with_its_own_count_is_split_off() -> None:
    texts = _texts("Shops in Dunmere stayed shut on Friday after a blast killing 12 people.")
    assert "killing 12 people" in texts, texts


def test_a_year_a_count_outside_the_clause_or_a_plan_split_nothing() -> None:
    for sentence in (
        "Officials reopened the Fenwick bridge, which was built in 1932.",
        "The mayor said she met the families of the 12 miners who were trapped.",
        "Police questioned the 89 people arrested in Dunmere.",
        "The firm announced a plan to hire 300 workers.",
    ):
        assert _texts(sentence) == [sentence], sentence
