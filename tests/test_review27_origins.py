"""Who a fact's independent origins are, when a denier, an outlet or its staff speak.

A source that denies a fact in two wordings of one article supports it in neither; an
outlet's later own-voice repeat of what it earlier credited to a source is that
source's word again; and an outlet's own photographer or reporter is the outlet.
"""

from __future__ import annotations

from pathlib import Path

from .stories import fact_with, write_article


def test_a_denier_s_quoted_denial_is_no_origin_of_what_it_denies(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Dunmere Gazette",
        "2026-05-04T10:00:00+02:00",
        "The developer Aldo Harlow was fined by the planning court on Monday.\n\n"
        "Harlow's company paid the councillor a bribe of 40,000 crowns, according to two "
        "people familiar with the case.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Westfold Radio",
        "2026-05-05T10:00:00+02:00",
        "The developer Aldo Harlow, fined by the planning court on Monday, will appeal.\n\n"
        "Harlow's lawyer, Mira Castell, denied that Harlow's company had paid the councillor "
        'a bribe. "My client\'s company never paid the councillor any bribe," Castell told '
        "Westfold Radio.",
    )
    fact = fact_with(tmp_path, "a bribe of 40,000 crowns")
    assert any("never paid the councillor" in s.text for s in fact.support)
    assert fact.origins == ("dunmere gazette",)
    assert fact.independent_support == 1


def _flood(tmp_path: Path, first: str, second: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Kesterby Courier",
        "2026-06-02T09:00:00+02:00",
        "Heavy rain flooded the lower town of Ambry on Monday. " + first,
    )
    write_article(
        tmp_path,
        "b.txt",
        "Kesterby Courier",
        "2026-06-03T09:00:00+02:00",
        "Volunteers began clearing mud from the streets of Ambry on Tuesday. " + second,
    )


def test_an_outlet_s_later_repeat_of_its_sourced_report_adds_no_origin(tmp_path: Path) -> None:
    _flood(
        tmp_path,
        "About 300 homes in Ambry were flooded overnight, the county fire service said.",
        "In Ambry, where about 300 homes were flooded overnight on Monday, the school "
        "stayed closed.",
    )
    fact = fact_with(tmp_path, "the county fire service said")
    assert len(fact.support) == 2
    assert fact.origins == ("county fire service",)


def _water_cannon(tmp_path: Path, credit: str) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Nordic Wire Service",
        "2026-06-02T18:00:00+02:00",
        "ORSTAD (NWS) — Nordic Wire Service reporters saw police use a water cannon on "
        "farmers outside the ministry on Tuesday evening. Hundreds of tractors blocked the "
        "city centre.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Nordic Wire Service",
        "2026-06-04T10:00:00+02:00",
        "ORSTAD (NWS) — Farmers' unions promised further blockades next week. "
        + credit
        + " said she saw police use a water cannon on farmers outside the ministry on "
        "Tuesday evening.",
    )


def test_an_agency_s_reporter_named_by_its_initials_is_the_agency(tmp_path: Path) -> None:
    _water_cannon(tmp_path, "NWS reporter Elin Varg")
    fact = fact_with(tmp_path, "use a water cannon")
    assert len(fact.support) == 2
    assert fact.origins == ("nordic wire service",)


def test_an_agency_s_photographer_named_by_its_name_is_the_agency(tmp_path: Path) -> None:
    _water_cannon(tmp_path, "Nordic Wire Service photographer Elin Varg")
    fact = fact_with(tmp_path, "use a water cannon")
    assert fact.origins == ("nordic wire service",)


def test_another_paper_s_photographer_stays_an_origin_of_its_own(tmp_path: Path) -> None:
    _water_cannon(tmp_path, "Orstad Daily photographer Elin Varg")
    fact = fact_with(tmp_path, "use a water cannon")
    assert len(fact.origins) == 2
    assert "nordic wire service" in fact.origins
