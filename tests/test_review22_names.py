"""Who a statement is traced to: one organization under its names (review 22)."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import SourceKind
from corrobora.reconcile.origins import _outlet_credit
from corrobora.report.common import StoryView
from corrobora.settings import ReconcileParams, Settings

from .stories import credit, fact_with, write_article

_TITLE = "Pump failure leaves Tessford homes without water"


def test_a_company_under_its_leading_name_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Orlby Radio", "2027-03-02T09:00:00Z",
        "A pump failed at the Tessford works on Monday. Repair crews were brought in "
        "overnight, Brackwell Water said.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Herald", "2027-03-02T10:00:00Z",
        "A pump at the Tessford works failed on Monday. Brackwell said repair crews had "
        "been brought in overnight.", title=_TITLE,
    )  # fmt: skip
    assert fact_with(tmp_path, "overnight").origins == ("brackwell water",)


def test_the_utility_is_the_storys_one_utility_company(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Orlby Radio", "2027-03-02T09:00:00Z",
        "Brackwell Water supplies about 300,000 homes in Tessford. A pump failed at its "
        "Ansel works on Monday. The utility said it had brought in repair crews overnight.",
        title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Herald", "2027-03-02T10:00:00Z",
        "A pump at the Ansel works failed on Monday. Brackwell said repair crews had been "
        "brought in overnight.", title=_TITLE,
    )  # fmt: skip
    assert fact_with(tmp_path, "overnight").origins == ("brackwell water",)
    (report,) = api.compare(
        [tmp_path], Settings(reconcile=ReconcileParams(embeddings="none"))
    ).reports
    credited = {(a.source_key, a.kind.value) for a in report.reconciliation.attributions}
    assert credited == {("brackwell water", "organization")}
    assert StoryView(report).origin_name("brackwell water") == "Brackwell Water"


def test_a_spokeswoman_for_the_city_speaks_for_the_city(tmp_path: Path) -> None:
    for name, outlet in (("a.txt", "Orlby Radio"), ("b.txt", "Kessing Herald")):
        write_article(
            tmp_path, name, outlet, "2027-03-02T09:00:00Z",
            "A pump failed at the Ansel works, Brackwell Water said. The city's emergency "
            "line received more than 900 calls on Monday, a spokeswoman for the city said.",
            title=_TITLE,
        )  # fmt: skip
    assert fact_with(tmp_path, "emergency line").origins == ("city",)


def test_the_city_is_no_company_its_sentence_names(tmp_path: Path) -> None:
    for name, outlet in (("a.txt", "Orlby Radio"), ("b.txt", "Kessing Herald")):
        write_article(
            tmp_path, name, outlet, "2027-03-02T09:00:00Z",
            "A pump failed at the Ansel works on Monday. The city will pay Brackwell Water "
            "for the repairs, a city spokeswoman said.", title=_TITLE,
        )  # fmt: skip
    assert fact_with(tmp_path, "will pay").origins == ("city",)


def test_an_outlets_short_name_read_as_a_persons_is_that_outlet(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "The Orlby Banner", "2027-03-02T09:00:00Z",
        "A pump failed at the Ansel works on Monday, leaving 4,000 homes without water.\n\n"
        "The Banner has learned that the same pump had failed twice in May after engineers "
        "reported a warning light. Maintenance records seen by the Banner show the pump "
        "was repaired in June.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Kessing Radio", "2027-03-02T10:00:00Z",
        "A pump failed at the Ansel works on Monday. The same pump had failed twice in May.",
        title=_TITLE,
    )  # fmt: skip
    (report,) = api.compare(
        [tmp_path], Settings(reconcile=ReconcileParams(embeddings="none"))
    ).reports
    credited = {a.source_key for a in report.reconciliation.attributions}
    assert "banner" not in credited  # no person "Banner"; and the outlet cites no one
    (fact,) = [f for f in report.reconciliation.facts if "twice in May" in f.text]
    assert "orlby banner" in fact.origins


def test_a_sentence_after_a_full_stop_names_no_body_of_the_one_before(tmp_path: Path) -> None:
    for name, outlet in (("a.txt", "Orlby Radio"), ("b.txt", "Kessing Herald")):
        write_article(
            tmp_path, name, outlet, "2027-03-02T09:00:00Z",
            "A pump failed on Monday, Brackwell Water said. Fines may follow the "
            "failure, the regulator said.", title=_TITLE,
        )  # fmt: skip
    assert fact_with(tmp_path, "Fines may follow").origins == ("regulator",)


def test_a_persons_surname_that_ends_an_outlets_name_stays_the_persons() -> None:
    banner = credit("banner", SourceKind.PERSON)
    assert _outlet_credit(banner, set())
    assert not _outlet_credit(banner, {"ilse banner"})
