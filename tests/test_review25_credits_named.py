"""Who a credit names: both sides of a deal, a name after a role, a tally's maker, a measure.

"X and Y agreed ..., both sides said" is X's and Y's word, not unnamed sources'; "union
organiser Per Halden told" is Per Halden's; another outlet's tally ("a tally by the
Northern Courier", "the Northern Courier's tally") is that outlet's; a figure "measured
by the institute" is the institute's.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article


def test_both_sides_are_the_two_named_parties() -> None:
    text = (
        "The strike at Orsby port ended on Tuesday after the Harbour Workers' Union and Venmark "
        "Freight agreed on a pay rise of 4 percent, both sides said."
    )
    found = attributions(text, "Lakeside Radio")
    keys = {a.source_key for a in found if "both sides" in text[a.span.start : a.span.end]}
    assert keys == {"harbour workers union", "venmark freight"}
    assert all(a.kind is not SourceKind.ANONYMOUS for a in found)


def test_both_parties_after_two_names_in_an_earlier_sentence() -> None:
    text = (
        "Talks between the Dock Workers' Federation and the Harbour Authority broke down. "
        "Both parties said they would meet again on Friday."
    )
    found = attributions(text, "Lakeside Radio")
    assert {a.source_key for a in found} == {"dock workers federation", "harbour authority"}


def test_both_sides_with_no_named_pair_stay_unnamed() -> None:
    text = "The strike ended on Tuesday, both sides said."
    (credit,) = attributions(text, "Lakeside Radio")
    assert credit.kind is SourceKind.ANONYMOUS


def test_a_capitalized_word_after_a_role_starts_a_persons_name() -> None:
    text = (
        "Venmark Freight will raise pay by 4 percent under a deal reached on Tuesday, "
        "union organiser Per Halden told reporters at the harbour."
    )
    credit = credit_of(attributions(text, "Lakeside Radio"), "Halden", text)
    assert (credit.source_key, credit.kind) == ("per halden", SourceKind.PERSON)


def test_a_credit_of_the_union_and_the_firm_counts_on_record(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Lakeside Radio",
        "2026-04-14T16:00:00",
        "The strike by ferry crews at Orsby port ended on Tuesday after the Harbour Workers' Union "
        "and Venmark Freight agreed on a pay rise of 4 percent, both sides said.",
    )
    fact = fact_with(tmp_path, "both sides said")
    assert set(fact.origins) == {"harbour workers union", "venmark freight"}


def test_another_outlets_tally_by_it_is_that_outlet() -> None:
    text = (
        "The Green Union won 29 seats, according to a tally by the Northern Courier "
        "based on district returns."
    )
    (credit,) = attributions(text, "Meridia Wire")
    assert (credit.source_key, credit.kind) == ("northern courier", SourceKind.OUTLET)


def test_another_outlets_own_tally_is_that_outlet() -> None:
    text = "The Green Union won 29 seats, according to the Northern Courier's tally."
    (credit,) = attributions(text, "Meridia Wire")
    assert (credit.source_key, credit.kind) == ("northern courier", SourceKind.OUTLET)


def test_a_count_by_a_body_is_the_bodys() -> None:
    text = "The Green Union won 29 seats, according to a count by the Electoral Commission."
    (credit,) = attributions(text, "Meridia Wire")
    assert credit.source_key == "electoral commission"


def test_a_figure_measured_by_an_institute_is_the_institutes() -> None:
    text = (
        "The quake, measured at magnitude 6.8 by the Karvonian Seismic Institute, struck "
        "at 04:17 local time at a depth of 12 kilometres."
    )
    credit = credit_of(attributions(text, "Daily Herald"), "measured", text)
    assert credit.source_key == "karvonian seismic institute"
    assert text[credit.content.start : credit.content.end].endswith("12 kilometres")


def test_a_crowd_estimated_by_police_is_on_police_word() -> None:
    text = "The crowd, estimated by police at 5,000, marched to the square."
    credit = credit_of(attributions(text, "Daily Herald"), "estimated", text)
    assert credit.source_key == "police"


def test_one_institutes_measure_in_two_outlets_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Daily Herald",
        "2026-03-03T08:00:00",
        "The quake, measured at magnitude 6.8 by the Karvonian Seismic Institute, struck "
        "at 04:17 local time at a depth of 12 kilometres.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Continental Wire",
        "2026-03-03T09:00:00",
        "The 6.8 magnitude quake, measured by the Karvonian Seismic Institute, struck at "
        "04:17 local time on Tuesday at a depth of 12 kilometres.",
    )
    fact = fact_with(tmp_path, "measured at magnitude 6.8")
    assert fact.origins == ("karvonian seismic institute",)
