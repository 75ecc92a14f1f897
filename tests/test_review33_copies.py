"""A copy reuses most of its own text: a shared lead or a shared statement is not enough."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from corrobora.cluster.copies import find_copies_among
from corrobora.cluster.fingerprint import shingles
from corrobora.model import Article
from corrobora.settings import ClusterParams
from corrobora.text import article_id

from .stories import story_facts, write_article

PARAMS = ClusterParams()
T0 = datetime(2024, 3, 5, 18, 0, tzinfo=UTC)

YARD_LEAD = "Six fire crews were called to the blaze at the Harwell timber yard in Ostley."
STATEMENT = (
    'An Ostley Police spokesman said tonight: "The fire spread quickly through the sheds '
    "and the main warehouse has been completely destroyed.\n"
    '"Residents nearby have been asked to keep their windows closed.\n'
    '"Several roads around the industrial estate remain shut."'
)
YARD_OTHER_LEAD = "About 40 firefighters battled the blaze at the Harwell timber yard in Ostley."
QUOTED_AGAIN = (
    'An Ostley Police spokesman said: "The fire spread quickly through the sheds and the '
    'main warehouse has been completely destroyed."'
)

QUAKE_LEAD = "A strong earthquake struck the island of Varna Kor on Sunday, killing eight people."
QUAKE_BRIEF = (
    QUAKE_LEAD + "\nRescuers say they are flying blankets to families who lost their homes."
)
QUAKE_REWRITE = (
    QUAKE_LEAD + "\nThe harbour town on Varna Kor still has electricity and water, and rescuers "
    "say they are flying blankets and food parcels to families who lost their homes."
)


def _article(text: str, outlet: str, hours: int) -> Article:
    return Article(article_id(text), text, outlet, outlet, published=T0 + timedelta(hours=hours))


def _containment(left: str, right: str) -> float:
    a, b = shingles(left, PARAMS.shingle_words), shingles(right, PARAMS.shingle_words)
    return len(a & b) / min(len(a), len(b))


def test_a_report_sharing_a_quoted_statement_is_not_a_copy() -> None:
    first = YARD_LEAD + "\n" + STATEMENT
    second = YARD_OTHER_LEAD + "\n" + QUOTED_AGAIN
    assert _containment(first, second) >= PARAMS.copy_threshold  # the shingles alone match
    articles = [_article(first, "Ostley Herald", 0), _article(second, "Valley Gazette", 2)]
    assert find_copies_among(articles, PARAMS) == ()


def test_a_report_sharing_only_the_lead_is_not_a_copy() -> None:
    assert _containment(QUAKE_BRIEF, QUAKE_REWRITE) >= PARAMS.copy_threshold
    articles = [_article(QUAKE_BRIEF, "Paper North", 0), _article(QUAKE_REWRITE, "Paper South", 1)]
    assert find_copies_among(articles, PARAMS) == ()


def test_a_short_copy_of_the_lead_and_the_statement_is_still_a_copy() -> None:
    original = _article(YARD_LEAD + "\n" + STATEMENT, "Ostley Herald", 0)
    copy = _article(YARD_LEAD + "\n" + QUOTED_AGAIN, "Valley Gazette", 2)
    (link,) = find_copies_among([original, copy], PARAMS)
    assert (link.article_id, link.copy_of) == (copy.id, original.id)


def test_a_brief_reprinted_whole_with_a_paragraph_added_is_still_a_copy() -> None:
    own = (
        "Farmers on the island spent the night outdoors, and the governor has called an "
        "emergency meeting of the island council for Monday to plan the rebuilding work."
    )
    original = _article(QUAKE_BRIEF, "Paper North", 0)
    copy = _article(own + "\n\n" + QUAKE_BRIEF, "Paper South", 3)
    (link,) = find_copies_among([original, copy], PARAMS)
    assert (link.article_id, link.copy_of) == (copy.id, original.id)


def test_an_independent_reports_own_lead_keeps_its_own_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Ostley Herald", "2024-03-05T18:00:00Z", YARD_LEAD + "\n" + STATEMENT
    )
    write_article(
        tmp_path,
        "b.txt",
        "Valley Gazette",
        "2024-03-05T20:00:00Z",
        YARD_OTHER_LEAD + "\n" + QUOTED_AGAIN,
    )
    supports = [s for f in story_facts(tmp_path) for s in f.support if "40 firefighters" in s.text]
    (support,) = supports
    assert not support.is_copy
    assert support.origin == "valley gazette"
