"""One person's name typed with a slip is one origin; two names one article gives are two.

"Jerymayne Timmons" in one outlet beside "Jermayne Timmons" in four others (a letter
added), or "Jermyane" (two letters swapped), is one person, keyed by the spelling the
story uses most. An article that names both spellings tells two people apart.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import Attribution, SourceKind, Span
from corrobora.reconcile.origins import fuller_keys, person_variants

from .stories import fact_with, write_article


def _said(article_id: str, name: str) -> Attribution:
    key = name.lower()
    return Attribution(article_id, Span(0, 1), Span(2, 3), name, key, SourceKind.PERSON, "say")


def test_a_given_name_with_two_letters_swapped_is_one_person() -> None:
    assert person_variants(["jermayne timmons", "jermyane timmons"]) == {
        "jermyane timmons": "jermayne timmons"
    }
    assert person_variants(["jermayne timmons", "jerymayne timmons"]) != {}


def test_a_slip_at_the_first_letter_or_in_a_short_name_is_another_name() -> None:
    assert person_variants(["aldric varga", "ladric varga"]) == {}
    assert person_variants(["ivan varga", "ivna varga"]) == {}


def test_the_spelling_the_story_credits_most_is_kept() -> None:
    credits = [_said(f"a{i}", "Jermayne Timmons") for i in range(4)]
    credits.append(_said("a9", "Jerymayne Timmons"))
    assert fuller_keys(credits) == {"jerymayne timmons": "jermayne timmons"}


def test_two_spellings_one_article_credits_are_two_people() -> None:
    credits = [
        _said("a1", "Jermayne Timmons"),
        _said("a1", "Jerymayne Timmons"),
        _said("a2", "Jermayne Timmons"),
    ]
    assert fuller_keys(credits) == {}


def test_a_swapped_letter_in_one_outlet_makes_no_second_origin(tmp_path: Path) -> None:
    said = "said the spill covered two kilometres of the river bank"
    bodies = {
        "North Gazette": "A chemical spill closed the Arlow river crossing on Monday. "
        f"Jermayne Timmons {said}.",
        "South Courier": "The Arlow river crossing was shut on Monday after a chemical "
        f"spill. Jermayne Timmons {said}.",
        "East Tribune": "A chemical spill shut the Arlow river crossing on Monday. "
        f"Jermayne Timmons {said}.",
        "Central Post": "The Arlow river crossing closed on Monday after a chemical spill. "
        f"Jermyane Timmons {said}.",
    }
    for number, (outlet, body) in enumerate(bodies.items()):
        write_article(tmp_path, f"{number}.txt", outlet, "2026-05-01T10:00:00", body)
    fact = fact_with(tmp_path, "two kilometres")
    assert len(fact.support) == 4
    assert fact.origins == ("jermayne timmons",)
    assert {s.origin for s in fact.support} == {"jermayne timmons"}
