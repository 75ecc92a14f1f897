"""Claims that share words, a count, a name or a clock but tell two acts.

A man "questioned and released" on one day and "arrested" on another; "results from all
64 wards" and "a recount of all 64 wards"; a candidate who "repeated his victory
message" and whose campaign "expected the recount to confirm his victory"; voting that
began at one time and booths closed at another: each pair is two facts, never one
corroborated fact or one time in dispute.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import Article, Claim
from corrobora.reconcile.acts import different_acts
from corrobora.reconcile.predicates import act_phase
from corrobora.settings import AnalyzeParams
from corrobora.text import article_id

from .stories import fact_with, story_facts, write_article


def _apart(folder: Path, first: str, second: str) -> None:
    """Assert that the claims holding ``first`` and ``second`` are two facts."""
    one, other = fact_with(folder, first), fact_with(folder, second)
    assert one.id != other.id
    assert not one.conflicts and not other.conflicts


def _claim(text: str, published: str, words: str) -> Claim:
    """The one claim holding ``words`` of an article of ``text`` published then."""
    article = Article(
        id=article_id(text),
        text=text,
        title=text.split(".", 1)[0],
        outlet="Valley Radio",
        published=datetime.fromisoformat(published),
    )
    (claim,) = [c for c in analyze_article(article, AnalyzeParams()).claims if words in c.text]
    return claim


def test_an_age_in_common_joins_no_two_acts_of_other_days() -> None:
    questioned = _claim(
        "A 41-year-old woman was questioned by detectives on Friday night and released,"
        " a police source said.",
        "2026-03-07T08:00:00+00:00",
        "questioned",
    )
    arrested = _claim(
        "The police said a 41-year-old woman had been arrested on Sunday morning in"
        " connection with the theft.",
        "2026-03-09T10:00:00+00:00",
        "arrested",
    )
    assert different_acts(questioned, arrested)


def test_one_count_said_of_other_subjects_is_no_fact_in_common() -> None:
    results = _claim(
        "The clerk, Edda Moll, said counting would go on through the night and that"
        " results from all 64 wards should be in by noon.",
        "2026-05-05T23:00:00+00:00",
        "results from",
    )
    recount = _claim(
        "The clerk, Edda Moll, said a recount of all 64 wards would begin on Tuesday.",
        "2026-05-07T10:00:00+00:00",
        "recount",
    )
    assert different_acts(results, recount)


def test_a_count_that_is_the_subject_is_left_to_the_figures() -> None:
    killed = _claim("Twelve people were killed in the blast.", "2026-05-07T10:00:00", "killed")
    toll = _claim("The blast killed twelve people.", "2026-05-07T11:00:00", "killed")
    assert not different_acts(killed, toll)


def test_a_name_written_whole_and_by_surname_is_one_subject() -> None:
    repeated = _claim(
        "Tomas Brek, speaking to reporters outside his campaign office on Wednesday,"
        " repeated his victory message.",
        "2026-05-06T14:00:00+00:00",
        "repeated",
    )
    expected = _claim(
        "Brek's campaign said it expected the recount to confirm his victory.",
        "2026-05-07T15:00:00+00:00",
        "expected",
    )
    assert different_acts(repeated, expected)


def test_the_start_and_the_end_of_a_vote_are_two_times(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Steppe Wire",
        "2026-04-12T06:00:00+00:00",
        "Voters in Belmark began to cast their ballots at 7:00 am local time (0400 GMT) on"
        " Sunday in the country's third general election.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Northern Desk",
        "2026-04-12T19:00:00+00:00",
        "Belmark's third general election ended on Sunday. More than 900 polling stations"
        " in Belmark were closed at 8:00 p.m. local time (1700 GMT).",
    )
    _apart(tmp_path, "began to cast their ballots", "were closed at 8:00")
    assert all(not f.conflicts for f in story_facts(tmp_path))


def test_a_wording_tells_the_start_or_the_end_of_a_span() -> None:
    assert act_phase("cast", "Voters began to cast their ballots at 7:00 am.") == "start"
    assert act_phase("open", "Polls opened at 7 a.m.") == "start"
    assert act_phase("close", "Booths were closed at 8 p.m.") == "end"
    assert act_phase("count", "Officials finished counting at midnight.") == "end"
    assert act_phase("cast", "Voters cast their ballots at 7:00 am.") == ""
    assert act_phase("open", "Polls opened at 7 a.m. and closed at 8 p.m.") == ""
