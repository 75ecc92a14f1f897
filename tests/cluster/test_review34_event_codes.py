"""Codes that name one event: the same code links two reports, rival codes part them."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.cluster.features import StoryFeatures, code_year, event_codes, story_features
from corrobora.cluster.linkage import pair_inputs
from corrobora.extract.analyze import analyze_article
from corrobora.model import Article
from corrobora.settings import AnalyzeParams, Settings

from ..stories import write_article


def _write_undated(folder: Path, name: str, outlet: str, title: str, body: str) -> None:
    (folder / name).write_text(f"Title: {title}\nOutlet: {outlet}\n\n{body}\n", encoding="utf-8")


def _story_outlets(folder: Path) -> list[list[str]]:
    reports = api.compare([folder], Settings()).reports
    return sorted(sorted(a.outlet or "" for a in r.articles.values()) for r in reports)


def test_codes_that_name_events_are_read_and_product_names_are_not() -> None:
    text = (
        "Norvane issued bulletin NV09-114 for the flaw CVE-2013-4471 in Quillbrowser 8, "
        "after Flight 352 and flight KR-220 were delayed. The F-35 and IE8 are products; "
        "the flight 10 hours late and the bill 15 votes short are no codes."
    )
    codes = event_codes(text)
    assert set(codes) == {
        "NV:NV09114@2009",
        "CVE:CVE20134471@2013",
        "flight:352",
        "flight:KR220",
    }
    assert [code_year(key) for key in sorted(codes)] == [2013, 2009, None, None]


def _features(text: str, name: str) -> StoryFeatures:
    article = Article(id=name, text=text, title=text.split("\n")[0], outlet=name)
    return story_features(analyze_article(article, AnalyzeParams()))


def test_one_code_written_two_ways_meets_in_the_number_channel() -> None:
    first = _features(
        "Norvane patched a browser flaw on Tuesday.\nThe update is bulletin NV09-114.", "a"
    )
    second = _features(
        "A browser fix shipped from Norvane.\nAdministrators should apply Bulletin No. NV09-114.",
        "b",
    )
    cosines, _ = pair_inputs(first, second)
    assert cosines["n"] > 0.5


_DATED_LEAD = (
    "Norvane today said that attackers are exploiting a critical, but unpatched, "
    "vulnerability in Quillbrowser 8 and Quillbrowser 9.\n"
    '"There are only reports of a limited number of targeted attacks against '
    'Quillbrowser 8 and 9," Maren Tollefsen said in a blog post.\n'
    "The vulnerability, CVE-2013-4471, affects all supported versions of Quillbrowser."
)
_DATED_FOLLOW = (
    "Norvane has released a temporary patch for a zero-day vulnerability in Quillbrowser.\n"
    "Targeted attacks against Quillbrowser 8 and Quillbrowser 9 had already been reported, "
    "Norvane said."
)
_UNDATED_OLD = (
    "Norvane has released an out-of-band security update, NV08-078, to fix a "
    "vulnerability in its Quillbrowser web browser that is being actively exploited.\n"
    "Norvane lists Quillbrowser 5, 6 and 7 as affected software in its bulletin.\n"
    "The last such out-of-band patch, NV08-067, was released on Oct. 23."
)


def test_undated_report_of_an_older_bulletin_joins_no_later_story(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Byte Ledger", "2013-09-17T15:16:00-04:00", _DATED_LEAD,
        title="Attackers exploit critical Quillbrowser bug; Norvane promises patch",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Circuit Weekly", "2013-09-18T13:59:00+00:00", _DATED_FOLLOW,
        title="Norvane releases fix for zero-day Quillbrowser bug",
    )  # fmt: skip
    _write_undated(
        tmp_path, "c.txt", "Info Courier",
        "Norvane Releases Critical Quillbrowser Patch", _UNDATED_OLD,
    )  # fmt: skip
    assert _story_outlets(tmp_path) == [["Byte Ledger", "Circuit Weekly"], ["Info Courier"]]


def test_two_flight_numbers_on_one_day_are_two_stories(tmp_path: Path) -> None:
    day = "2027-05-04T"
    write_article(
        tmp_path, "a.txt", "Ostravel Courier", day + "10:40:00+01:00",
        "Corvane Air Flight 418 made an emergency landing at Oskbury Airport on Tuesday "
        "after a warning light came on in the cockpit.\n"
        "All passengers left the plane safely, the airline said.",
        title="Corvane Air flight makes emergency landing at Oskbury",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Hollan Daily", day + "18:20:00+01:00",
        "Corvane Air Flight 622 made an emergency landing at Oskbury Airport on Tuesday "
        "evening after a warning light came on in the cockpit.\n"
        "All passengers left the plane safely, the airline said.",
        title="Corvane Air jet makes emergency landing at Oskbury",
    )  # fmt: skip
    assert _story_outlets(tmp_path) == [["Hollan Daily"], ["Ostravel Courier"]]


def test_an_earlier_code_cited_below_the_lead_parts_no_reports(tmp_path: Path) -> None:
    day = "2027-06-09T"
    write_article(
        tmp_path, "a.txt", "Ostravel Courier", day + "09:10:00+01:00",
        "Norvane released an urgent fix for its Quillbrowser on Wednesday.\n"
        "The fix, bulletin NV27-031, closes a hole in the browser's print preview.",
        title="Norvane rushes out browser fix",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Hollan Daily", day + "15:30:00+01:00",
        "Norvane released an urgent fix for its Quillbrowser on Wednesday.\n"
        "The last such unscheduled fix, bulletin NV27-012, came out in March.",
        title="Norvane issues urgent Quillbrowser fix",
    )  # fmt: skip
    assert _story_outlets(tmp_path) == [["Hollan Daily", "Ostravel Courier"]]
