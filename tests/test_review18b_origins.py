"""Origin keys an outlet, a report and a copy of it give (review 18b).

A station whose name starts with a company word ("Capital ...") is still an outlet:
its own voice and a credit to it are one key, and every origin key a report names has
a display name. A copy's sentence goes with the sentence of its original it copies: it
neither joins two of the original's statements into one fact nor "updates" one of
them with the figure of the other.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import ConflictKind, FactEventKind
from corrobora.reconcile.origins import outlet_key
from corrobora.report.common import StoryView
from corrobora.settings import ReconcileParams, Settings

from .stories import fact_with, write_article


def _view(folder: Path) -> StoryView:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return StoryView(report)


def test_a_station_named_with_a_company_word_is_an_outlet() -> None:
    assert outlet_key("Capital Wave News") == "capital wave news"
    assert outlet_key("Bank Street News") == "bank street news"
    assert outlet_key("Harwick Mobile News") == "harwick mobile"
    assert outlet_key("University of Askerby News") == "university of askerby"


def test_an_outlets_own_voice_and_a_credit_to_it_are_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Capital Wave News", "2027-04-06T07:00:00Z",
        "The Sorrin ring road was closed on Tuesday after engineers found a crack in one of "
        "its flyovers.\n\nDrivers are being sent through the harbour district.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Sorrin Daily", "2027-04-06T15:00:00Z",
        "The Sorrin ring road was closed on Tuesday after engineers found a crack in one of "
        "its flyovers, Capital Wave News reported.",
    )  # fmt: skip
    view = _view(tmp_path)
    road = fact_with(tmp_path, "ring road")
    assert road.origins == ("capital wave news",)
    detour = fact_with(tmp_path, "harbour district")
    (support,) = detour.support
    assert view.via(support.article_id, support.origin, support.is_copy) == ""
    assert view.origin_name("capital wave news") == "Capital Wave News"


def test_every_origin_key_has_a_display_name(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Sorrin Daily", "2027-04-06T15:00:00Z",
        "Dr Piet Sandvik, an epidemiologist at the University of Orrivik, warned that raw "
        "cheese carries a higher risk of listeria.",
    )  # fmt: skip
    view = _view(tmp_path)
    keys = {key for fact in view.facts for key in fact.origins}
    assert "university of orrivik" in keys
    assert keys <= view.origin_names.keys()
    assert view.origin_names["university of orrivik"] == "University of Orrivik"


_ORIGINAL = (
    "The Orrivik District Health Board said on Monday it had confirmed 23 cases of measles, "
    "more than the Ministry of Health has reported for the whole country.\n\n"
    "The ministry put the national number of confirmed cases at 19 on Monday morning.\n\n"
    "Schools in the district will check the vaccination records of every pupil."
)
_COPY = (
    "The Orrivik District Health Board has confirmed 23 cases of measles, more than the "
    "Ministry of Health has reported for the whole country, the Sorrin Daily reported.\n\n"
    "Schools in the district will check the vaccination records of every pupil, the Daily "
    "reported."
)


def test_a_copy_neither_joins_nor_updates_its_originals_statements(tmp_path: Path) -> None:
    write_article(tmp_path, "a.txt", "Sorrin Daily", "2027-01-11T16:00:00Z", _ORIGINAL)
    write_article(tmp_path, "b.txt", "Corvale Ledger", "2027-01-13T05:00:00Z", _COPY)
    ministry = fact_with(tmp_path, "national number")
    assert ministry.origins == ("ministry of health",)
    assert len(ministry.support) == 1
    board = fact_with(tmp_path, "has confirmed 23")
    assert board.origins == ("orrivik district health board",)
    assert not any(c.kind is ConflictKind.NUMBER for c in board.conflicts)
    assert FactEventKind.UPDATES not in {event.kind for event in board.timeline}
