"""One named person's age, told apart by two outlets, is a number conflict."""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import figured_claim, story_facts, write_article


def test_age_after_the_word_age_is_an_age() -> None:
    claim = figured_claim("a", "Police arrested Tova Lindqvist, age 61, on Friday.")
    assert [(q.value, q.unit) for q in claim.quantities] == [(61.0, "age")]


def test_at_the_age_of_gives_an_age() -> None:
    claim = figured_claim("a", "Corin Abate retired at the age of 58 after a long career.")
    assert [(q.value, q.unit) for q in claim.quantities] == [(58.0, "age")]


#: A paragraph both articles share, so that they make one story.
_SHARED = (
    "The Brenmoor mill burned down in 1988, killing two night watchmen. Investigators "
    "reopened the Brenmoor mill fire case last year after new witnesses came forward."
)


def _ages(folder: Path, first: str, second: str) -> list[str]:
    title = "Arrest in Brenmoor mill fire case"
    for name, outlet, hour, lead in (
        ("a.txt", "Harbor Ledger", "09", first),
        ("b.txt", "Valley Courier", "11", second),
    ):
        body = f"{lead}\n\n{_SHARED}"
        write_article(folder, name, outlet, f"2024-03-01T{hour}:00:00", body, title=title)
    return [
        c.detail for f in story_facts(folder) for c in f.conflicts if c.kind is ConflictKind.NUMBER
    ]


def test_one_persons_ages_in_two_acts_conflict(tmp_path: Path) -> None:
    details = _ages(
        tmp_path,
        "Sixty-year-old Tova Lindqvist is accused of setting fire to the Brenmoor mill in 1988.",
        "Brenmoor police on Friday arrested Tova Lindqvist, age 61, over the mill fire.",
    )
    assert "60 years old vs 61 years old" in details


def test_equal_ages_raise_nothing(tmp_path: Path) -> None:
    details = _ages(
        tmp_path,
        "Sixty-year-old Tova Lindqvist is accused of setting fire to the Brenmoor mill in 1988.",
        "Brenmoor police on Friday arrested Tova Lindqvist, age 60, over the mill fire.",
    )
    assert details == []


def test_ages_of_two_people_are_not_weighed(tmp_path: Path) -> None:
    details = _ages(
        tmp_path,
        "Tova Lindqvist, 60, and Anton Reyes, 61, are accused of setting fire to the "
        "Brenmoor mill.",
        "Brenmoor police arrested Anton Reyes, 61, and Tova Lindqvist, 60, over the fire.",
    )
    assert details == []


def test_ages_far_apart_are_two_people_of_one_name(tmp_path: Path) -> None:
    details = _ages(
        tmp_path,
        "Sixty-year-old Tova Lindqvist is accused of setting fire to the Brenmoor mill in 1988.",
        "Brenmoor police on Friday arrested Tova Lindqvist, age 34, over the mill fire.",
    )
    assert details == []
