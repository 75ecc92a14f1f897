"""Who is credited: a body named after its kind noun, a study's team, a closing "told" (review 15a).

"according to the charity Diabetes Action" credits the charity, an organization, not
the one body named before; "researchers at the University of Tessmoor" speak for the
university on record (and "researchers led by Professor X" for the professor), while
"a researcher familiar with the matter" stays unnamed; "..., Professor X of the
University of Y told the Post." credits the professor, and leaves no claim of its own.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of, fact_with, story_facts, write_article


def test_a_kind_noun_before_a_name_credits_the_name() -> None:
    text = (
        "Walking 7,000 steps a day may reduce the risk of type 2 diabetes, a Tessmoor "
        "study has found. Around 4.3 million people in the country are living with type 2 "
        "diabetes, according to the charity Diabetes Action."
    )
    charity = credit_of(attributions(text, "Morning Ledger"), "according to", text)
    assert (charity.source_key, charity.kind) == ("diabetes action", SourceKind.ORGANIZATION)


def test_a_name_called_the_charity_elsewhere_is_an_organization() -> None:
    text = (
        "Some 4.3 million people have type 2 diabetes, the charity Diabetes Action said. "
        "Cases have doubled in twenty years, Diabetes Action says."
    )
    found = attributions(text, "Northfield Post")
    says = credit_of(found, "Action says", text)
    assert (says.source_key, says.kind) == ("diabetes action", SourceKind.ORGANIZATION)


def test_the_charity_is_one_origin_across_outlets(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Morning Ledger",
        "2026-11-04T07:30:00+00:00",
        "Walking 7,000 steps a day may reduce the risk of type 2 diabetes, a Tessmoor study "
        "has found. Around 4.3 million people in the country are living with type 2 "
        "diabetes, according to the charity Diabetes Action.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Northfield Post",
        "2026-11-03T18:05:00+00:00",
        "People who walk about 7,000 steps daily are less likely to get type 2 diabetes, a "
        "Tessmoor study suggests. Some 4.3 million people in the country have type 2 "
        "diabetes, Diabetes Action says.",
    )
    assert fact_with(tmp_path, "4.3 million").origins == ("diabetes action",)


def test_researchers_at_a_named_institution_speak_for_it() -> None:
    text = (
        "Walking 7,000 steps a day may reduce the risk of type 2 diabetes, researchers at "
        "the University of Tessmoor said on Tuesday. Walking may lower the risk of "
        "developing it, according to researchers at the University of Tessmoor."
    )
    found = attributions(text, "Daily Courant")
    assert [(a.source_key, a.kind) for a in found] == [
        ("university of tessmoor", SourceKind.ORGANIZATION),
        ("university of tessmoor", SourceKind.ORGANIZATION),
    ]


def test_researchers_led_by_a_named_professor_are_the_professor() -> None:
    text = (
        "Researchers led by Professor Ilona Varesh of Brantwell University said the effect "
        "was large. A researcher familiar with the matter said the study was small."
    )
    found = attributions(text, "Daily Courant")
    led = credit_of(found, "led by", text)
    familiar = credit_of(found, "familiar", text)
    assert (led.source_key, led.kind) == ("ilona varesh", SourceKind.PERSON)
    assert familiar.kind is SourceKind.ANONYMOUS


def test_a_study_team_is_one_origin_across_outlets(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Courant",
        "2026-11-03T13:40:00+00:00",
        "Walking 7,000 steps a day may reduce the risk of type 2 diabetes, researchers at "
        "the University of Tessmoor said on Tuesday.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Morning Ledger",
        "2026-11-04T07:30:00+00:00",
        "Walking 7,000 steps a day may lower the risk of developing type 2 diabetes, "
        "according to researchers at the University of Tessmoor.",
    )
    assert fact_with(tmp_path, "7,000 steps").origins == ("university of tessmoor",)


def test_a_closing_told_after_a_named_affiliation_credits_the_speaker() -> None:
    text = (
        "People who walk about 7,000 steps daily are less likely to get type 2 diabetes. "
        "The benefit held even for obese participants, Professor Ilona Varesh of the "
        "University of Tessmoor told the Northfield Post."
    )
    found = attributions(text, "Northfield Post")
    told = credit_of(found, "told", text)
    assert (told.source_key, told.kind) == ("ilona varesh", SourceKind.PERSON)
    assert "obese participants" in text[told.content.start : told.content.end]


def test_a_closing_told_leaves_no_claim_of_its_own(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Courant",
        "2026-11-03T13:40:00+00:00",
        "Walking 7,000 steps a day may reduce the risk of type 2 diabetes, a study has "
        "found. The benefit was also seen among obese participants, Professor Ilona Varesh "
        "said.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Northfield Post",
        "2026-11-03T18:05:00+00:00",
        "People who walk about 7,000 steps daily are less likely to get type 2 diabetes. "
        "The benefit held even for obese participants, Professor Ilona Varesh of the "
        "University of Tessmoor told the Northfield Post.",
    )
    assert fact_with(tmp_path, "obese participants").origins == ("ilona varesh",)
    assert not [f for f in story_facts(tmp_path) if f.text.startswith("told")]
