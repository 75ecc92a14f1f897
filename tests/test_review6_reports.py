"""A sentence that states a fact in two claims is one line of evidence (review 6).

"The Orvel government lost a vote on Tuesday, the first defeat since it came to power"
holds two claims of one fact; both support the fact (the JSON keeps both), but the
terminal, Markdown and HTML reports show the sentence once, marked across both claims.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from rich.console import Console

from corrobora.model import Article, Fact, FactStatus, Reconciliation, Story, Support
from corrobora.report import StoryReport, render_html, render_json, render_markdown, render_terminal
from corrobora.report.common import StoryView

from .report.sample import span_of

WIRE_TEXT = (
    "The defeat is the first for Prime Minister Ilse Varno's government on a major bill. "
    "Lawmakers voted 88 to 71 against the measure."
)
REVIEW_SENTENCE = (
    "Prime Minister Ilse Varno's government lost a vote on its Orvel Housing Bill on "
    "Tuesday, the first defeat on a major bill since it came to power."
)
REVIEW_TEXT = REVIEW_SENTENCE + " The opposition called for an early election."
WIRE = Article(
    id="a-wire",
    text=WIRE_TEXT,
    title="Varno government defeated",
    outlet="Orvel Press Agency",
    url=None,
    published=datetime(2026, 5, 5, 9, 0, tzinfo=UTC),
)
REVIEW = Article(
    id="a-review",
    text=REVIEW_TEXT,
    title="Housing bill falls",
    outlet="The Pellan Review",
    url=None,
    published=datetime(2026, 5, 5, 11, 0, tzinfo=UTC),
)
FIRST_CLAUSE = (
    "Prime Minister Ilse Varno's government lost a vote on its Orvel Housing Bill on Tuesday"
)
SECOND_CLAUSE = "the first defeat on a major bill since it came to power"
WIRE_CLAIM = "The defeat is the first for Prime Minister Ilse Varno's government on a major bill."


def _support(article: Article, phrase: str, origin: str) -> Support:
    return Support(article.id, f"c-{phrase[:12]}", span_of(article.text, phrase), phrase, origin)


DEFEAT = Fact(
    id="f-defeat",
    text=WIRE_CLAIM,
    status=FactStatus.CORROBORATED,
    support=(
        _support(WIRE, WIRE_CLAIM, "orvel press agency"),
        _support(REVIEW, FIRST_CLAUSE, "pellan review"),
        _support(REVIEW, SECOND_CLAUSE, "pellan review"),
    ),
    origins=("orvel press agency", "pellan review"),
    independent_support=2,
    first_reported=WIRE.id,
    confidence=0.7,
)


def _report() -> StoryReport:
    story = Story(
        id="s-vote",
        title="Housing bill falls",
        article_ids=(WIRE.id, REVIEW.id),
        first_seen=WIRE.published,
        last_seen=REVIEW.published,
    )
    reconciliation = Reconciliation(story, (DEFEAT,), (), (), (), ())
    return StoryReport(reconciliation, {WIRE.id: WIRE, REVIEW.id: REVIEW})


def test_two_claims_of_one_sentence_are_one_evidence_line() -> None:
    view = StoryView(_report())
    lines = view.evidence_support(DEFEAT)
    assert [s.article_id for s in lines] == [WIRE.id, REVIEW.id]
    merged = lines[1]
    assert merged.span == span_of(REVIEW_TEXT, REVIEW_SENTENCE[:-1])
    assert merged.origin == "pellan review"
    assert len(view.ordered_support(DEFEAT)) == 3  # the fact still has both claims


def test_terminal_prints_the_sentence_once() -> None:
    out = Console(record=True, width=400, file=io.StringIO())
    render_terminal([_report()], out)
    assert out.export_text().count("lost a vote on its Orvel Housing Bill") == 1


def test_markdown_and_html_show_the_sentence_once() -> None:
    assert render_markdown([_report()]).count("lost a vote on its Orvel Housing Bill") == 1
    assert render_html([_report()]).count("lost a vote on its Orvel Housing Bill") == 1


def test_json_keeps_both_supporting_claims() -> None:
    document = json.loads(render_json([_report()]))
    (fact,) = document["stories"][0]["facts"]
    assert [s["text"] for s in fact["support"]] == [WIRE_CLAIM, FIRST_CLAUSE, SECOND_CLAUSE]


def test_claims_of_different_sentences_stay_apart() -> None:
    other = Fact(
        id="f-other",
        text=WIRE_CLAIM,
        status=FactStatus.SINGLE_SOURCE,
        support=(
            _support(REVIEW, SECOND_CLAUSE, "pellan review"),
            _support(REVIEW, "The opposition called for an early election", "pellan review"),
        ),
        origins=("pellan review",),
        independent_support=1,
        first_reported=REVIEW.id,
    )
    story = _report().reconciliation.story
    report = StoryReport(Reconciliation(story, (other,), (), (), (), ()), {REVIEW.id: REVIEW})
    assert len(StoryView(report).evidence_support(other)) == 2
