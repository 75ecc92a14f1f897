"""Whose report a company's figures are (review 18).

"Dovell chief executive Marta Ilsen said" is the company speaking through its officer,
one origin with "Dovell Chemical said"; a sentence a copy adds to the wire it runs is
the copier's own report, not the wire's, whatever its trailer says; a correction
notice's sentence that gives the right figure states no fact of its own.
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import fact_with, story_facts, write_article

WIRE = ("Norland Press Agency", "2027-02-09T06:30:00+00:00")
DAILY = ("Lerwick Daily", "2027-02-09T10:00:00+00:00")
LATER = ("Lerwick Daily", "2027-02-10T09:00:00+00:00")


def test_a_companys_chief_executive_speaks_for_it(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *WIRE,
        "Dovell Chemical said on Tuesday it would shed 900 jobs over the next three years.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", *DAILY,
        "Dovell chief executive Marta Ilsen said the company would shed 900 jobs over the "
        "next three years.",
    )  # fmt: skip
    jobs = fact_with(tmp_path, "Marta Ilsen")
    assert jobs.origins == ("dovell chemical",)
    assert jobs.independent_support == 1


def test_a_former_chief_executive_keeps_her_name(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *WIRE,
        "Dovell Chemical said on Tuesday it would shed 900 jobs over the next three years.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", *DAILY,
        "Former chief executive Marta Ilsen said the company would shed 900 jobs over the "
        "next three years.",
    )  # fmt: skip
    jobs = fact_with(tmp_path, "Marta Ilsen")
    assert jobs.origins == ("dovell chemical", "marta ilsen")


_WIRE_TEXT = (
    "LERWICK, Feb 9 (NPA) - Dovell Chemical, the country's largest paint maker, said on "
    "Tuesday its sales fell 12% in the fourth quarter and announced it would shed 900 jobs "
    "as demand from builders stays weak.\n\n"
    "Operating profit dropped 20% to €61 million, below the €70 million analysts had "
    "expected.\n\n"
)


def test_a_sentence_a_copy_adds_is_the_copiers_report(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *WIRE,
        _WIRE_TEXT
        + "The company expects the job cuts to cost €45 million.\n\n"
        "Reporting by Norland Press Agency",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "City Scroll", "2027-02-09T07:10:00+00:00",
        _WIRE_TEXT
        + "Dovell has 7,400 staff, about half of them at its two Lerwick plants.\n\n"
        "Reporting by Norland Press Agency",
    )  # fmt: skip
    staff = fact_with(tmp_path, "7,400 staff")
    assert staff.origins == ("city scroll",)
    sales = fact_with(tmp_path, "below the €70 million")
    assert "norland press agency" in sales.origins
    assert "city scroll" not in sales.origins


def test_the_correct_figure_of_a_notice_is_no_fact(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", *WIRE,
        "Dovell Chemical said on Tuesday its operating profit fell 20% in the fourth quarter "
        "to €61 million.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", *LATER,
        "Dovell Chemical on Tuesday reported operating profit of €61 million for the three "
        "months to December, down 20% from a year earlier.\n\n"
        "Correction, February 10: An earlier version of this article misstated Dovell's "
        "fourth-quarter operating profit as €16 million. The correct figure is €61 million.",
    )  # fmt: skip
    facts = story_facts(tmp_path)
    assert not any("correct figure" in s.text for f in facts for s in f.support)
    assert not any("misstated" in s.text for f in facts for s in f.support)
