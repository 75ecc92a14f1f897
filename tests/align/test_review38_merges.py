"""Two different statements are not one fact for sharing a speaker, a name or a figure.

"By 7:15 a.m. the blaze was under control, Varga said" and "Varga says the blaze was
reported at 4:20 a.m." share who spoke, not what was said; "the Osk islands lost over
60 percent of their traffic" and "the March outage brought down 60 percent of the
network" share a figure and nothing said of it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.align import ClaimVectors
from corrobora.align.grouping import shares_statement
from corrobora.align.similarity import credit_words, stated_text
from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim
from corrobora.settings import AnalyzeParams

from ..stories import story_facts, text_article, write_article


def _claim(text: str, outlet: str = "Rendal Courier") -> Claim:
    """The first claim of ``text`` as the analysis reads it."""
    (claim, *_) = analyze_article(text_article(text, outlet), AnalyzeParams()).claims
    return claim


def _together(folder: Path, first: str, second: str) -> bool:
    """True when one fact of the story holds a wording with ``first`` and one with ``second``."""
    return any(
        any(first in s.text for s in f.support) and any(second in s.text for s in f.support)
        for f in story_facts(folder)
    )


def _fire_reports(folder: Path, first: str, second: str) -> None:
    """Two outlets' reports of one fire, each with one sentence of its own."""
    opening = "The old Tallis tannery in Rendal burned down early Sunday."
    write_article(folder, "a.txt", "Rendal Courier", "2025-03-02T10:00", f"{opening}\n\n{first}")
    write_article(folder, "b.txt", "Valley Wire", "2025-03-02T11:00", f"{opening}\n\n{second}")


def test_two_things_one_speaker_said_are_two_facts(tmp_path: Path) -> None:
    _fire_reports(
        tmp_path,
        "By 7:15 a.m. the blaze was under control, Varga said.",
        "Varga says the blaze was reported at 4:20 a.m.",
    )
    assert not _together(tmp_path, "7:15", "4:20")


def test_the_speaker_and_role_are_no_words_of_the_statement() -> None:
    claim = _claim(
        "Smoke poured from the roof when crews arrived, said Ilka Varga, chief of the "
        "Rendal Fire Department."
    )
    assert {"ilka", "varga", "chief"} <= credit_words(claim)
    assert not {"smoke", "roof", "crews"} & credit_words(claim)
    assert "Varga" not in stated_text(claim)
    terms = set(ClaimVectors.build([claim]).terms(claim.id))
    assert not {"chief", "@ilka varga", "@rendal fire department"} & terms


def test_one_shared_figure_alone_is_no_shared_statement() -> None:
    lost = _claim("The Osk islands were also losing over 60 percent of their traffic.")
    outage = _claim(
        "Corvane said the March outage brought down 60 percent of the network in Tarsk.",
        "Valley Wire",
    )
    vectors = ClaimVectors.build([lost, outage])
    assert not shares_statement(vectors, lost.id, outage.id)


def test_one_name_and_a_word_neither_states_are_no_shared_statement() -> None:
    hands = _claim("We have not been told when it will be fixed, it is up to Norvik Telecom.")
    monopoly = _claim(
        "Norvik Telecom, the fixed line monopoly, is responsible for all broadband links.",
        "Valley Wire",
    )
    vectors = ClaimVectors.build([hands, monopoly])
    assert not shares_statement(vectors, hands.id, monopoly.id)


def test_a_capitalized_first_word_the_story_writes_plainly_is_that_word() -> None:
    first = _claim("Turnout was 61 percent, the county clerk said.")
    second = _claim("The county clerk said turnout was 61 percent.", "Valley Wire")
    vectors = ClaimVectors.build([first, second])
    assert "turnout" in set(vectors.terms(first.id)) & set(vectors.terms(second.id))
    assert shares_statement(vectors, first.id, second.id)
