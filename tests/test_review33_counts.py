"""One count said of the things of two other nouns is no statement in common.

"sanctioning the murders of six smugglers" and "relied on the testimony of six former
smugglers" count six smugglers each, but six victims against six witnesses.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim
from corrobora.reconcile.acts import counts_of_other_nouns
from corrobora.settings import AnalyzeParams

from .stories import fact_with, text_article, write_article

MURDERS = (
    "In 1990 Marra was charged with leading the Osk gang and ordering the murders of "
    "six smugglers and plotting to kill three others, including Lino Bruni."
)
TESTIMONY = (
    "The case relied heavily on the testimony of six former smugglers who became "
    "informants, including Pia Rand, whose word was key in the 1989 conviction of Lino Bruni."
)


def _claim(text: str) -> Claim:
    (claim, *_) = analyze_article(text_article(text, "Harbour Post"), AnalyzeParams()).claims
    return claim


def test_a_count_of_other_nouns_things_is_two_acts() -> None:
    assert counts_of_other_nouns(_claim(MURDERS), _claim(TESTIMONY))


def test_one_count_of_one_noun_is_left_alone() -> None:
    first = _claim("Police found the bodies of six smugglers near the pier.")
    second = _claim("Divers recovered the bodies of six smugglers near the pier.")
    assert not counts_of_other_nouns(first, second)


def test_the_murders_and_the_testimony_stay_two_facts(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        f"Gang boss Dino Marra died Monday in prison in Arlo.\n{MURDERS}",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-03T12:00:00",
        f"Gang boss Dino Marra died Monday in prison in Arlo.\n{TESTIMONY}",
    )
    fact = fact_with(tmp_path, "murders of six smugglers")
    assert not any("testimony" in s.text for s in fact.support)
