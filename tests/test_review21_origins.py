"""Origin keys of a ministry's spokesman beside its minister, and of "the hospital's" chief (review 21).

"ministry spokesman X" speaks for the story's one ministry even where the article also
names the minister, after whom its "The ministry has asked ..." is credited to the bare
noun "ministry": that credit is no second ministry. "the hospital's chief executive" is
of the hospital its own sentence names, even one the recognizer did not take whole for
a name ("St Ormund's Hospital"), never of another hospital named earlier in the article.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.report.markdown import render_markdown
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article

_DENIAL = (
    "The transport ministry on Monday denied that a plan to close the Hallvik rail line had "
    "been approved, hours after the plan was first reported by the Brisk Courier.\n\n"
    '"No such plan exists. The line will stay open," ministry spokesman Petter Alm told '
    "reporters in Varnby on Monday afternoon.\n\n"
)
_MINISTER = (
    "Transport Minister Edda Strom, speaking in parliament, said the network was "
    '"in good hands" and accused the opposition of "scaring commuters."\n\n'
)
_AFTER = (
    "The ministry has asked the auditors to review the report. A decision is expected on "
    "Friday, a ministry official said."
)


def _denial(folder: Path, first: str) -> None:
    """The ministry's spokesman in one article, the ministry's own denial in another."""
    write_article(folder, "gazette.txt", "Lindholm Gazette", "2027-05-03T17:30:00+02:00", first)
    write_article(
        folder, "daily.txt", "Orsa Daily", "2027-05-04T08:10:00+02:00",
        "The Brisk Courier reported on Monday that a plan to close the Hallvik rail line had "
        "been approved. The transport ministry has denied that the plan exists.",
    )  # fmt: skip


def test_a_ministry_spokesman_speaks_for_the_ministry_beside_its_minister(
    tmp_path: Path,
) -> None:
    _denial(tmp_path, _DENIAL + _MINISTER + _AFTER)
    fact = fact_with(tmp_path, "No such plan exists")
    assert fact.origins == ("transport ministry",)


def test_a_ministry_spokesman_speaks_for_the_ministry_without_its_minister(
    tmp_path: Path,
) -> None:
    _denial(tmp_path, _DENIAL + _AFTER)
    fact = fact_with(tmp_path, "No such plan exists")
    assert fact.origins == ("transport ministry",)


_STRIKE = (
    "Nurses at public hospitals across Norvania stayed on strike on Thursday over pay, the "
    "union said.\n\n"
    "Speaking on the picket line outside Kelmar General Hospital, union leader Bo Rask said "
    "the strike would continue.\n\n"
)


def _strike(folder: Path, body: str) -> None:
    """A strike story in one article, a short report of its first sentence in another."""
    write_article(folder, "herald.txt", "Vasterby Herald", "2027-06-03T08:10:00+02:00", body)
    write_article(
        folder, "radio.txt", "Tarn Radio", "2027-06-03T09:00:00+02:00",
        "Nurses walked out again at public hospitals across Norvania on Thursday, according "
        "to the union.",
    )  # fmt: skip


def test_the_hospitals_chief_is_of_the_hospital_her_sentence_names(tmp_path: Path) -> None:
    _strike(
        tmp_path,
        _STRIKE + "At St Ormund's Hospital in Vasterby, 9 of its 12 wards were closed on "
        "Wednesday, the hospital's chief executive, Lina Brekk, told the Herald.",
    )
    fact = fact_with(tmp_path, "9 of its 12 wards")
    assert "kelmar general hospital" not in fact.origins
    assert fact.origins == ("st ormund s hospital",)


def test_the_hospitals_chief_is_of_the_articles_one_hospital(tmp_path: Path) -> None:
    _strike(
        tmp_path,
        _STRIKE + "Nine of its 12 wards were closed on Wednesday, the hospital's chief "
        "executive, Lina Brekk, told the Herald.",
    )
    fact = fact_with(tmp_path, "Nine of its 12 wards")
    assert fact.origins == ("kelmar general hospital",)


def test_the_hospitals_chief_is_of_no_hospital_beside_two(tmp_path: Path) -> None:
    _strike(
        tmp_path,
        _STRIKE + "Staff at Fenwick Royal Hospital joined them at noon.\n\nNine of its 12 "
        "wards were closed on Wednesday, the hospital's chief executive, Lina Brekk, told "
        "the Herald.",
    )
    fact = fact_with(tmp_path, "Nine of its 12 wards")
    assert fact.origins == ("lina brekk",)


def test_a_possessive_name_is_shown_as_the_article_spells_it(tmp_path: Path) -> None:
    _strike(
        tmp_path,
        _STRIKE + "At St Ormund's Hospital in Vasterby, 9 of its 12 wards were closed on "
        "Wednesday, the hospital's chief executive, Lina Brekk, told the Herald.",
    )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    assert "1 independent origin: St Ormund's Hospital" in render_markdown([report])
