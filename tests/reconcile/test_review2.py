"""Correction notices elsewhere in an article; one long quote credited to two people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    ConflictKind,
    ConflictNature,
    CopyLink,
    FactEventKind,
    FactStatus,
    Quote,
    SourceKind,
    Span,
    Story,
)
from corrobora.reconcile import reconcile
from corrobora.reconcile.conflicts import number_conflict, speaker_conflict
from corrobora.reconcile.quotes import group_quotes
from corrobora.reconcile.updates import correction_notices, with_timeline
from corrobora.settings import ReconcileParams

from .conftest import make_analysis, make_claim

_FERRY = "The Lindholm ferry line carried {} passengers in March."


def _ferry(article_id: str, outlet: str, figure: str, value: float, day: int, *extra: str):
    """A report of the ferry count, with extra sentences (a notice) after it."""
    kwargs: dict[int, dict[str, object]] = {0: {"numbers": ((value, "passenger"),)}}
    for n, sentence in enumerate(extra, start=1):
        if "14,200" in sentence:
            kwargs[n] = {"numbers": ((14200.0, "passenger"),)}
    return make_analysis(
        article_id, outlet, [_FERRY.format(figure), *extra], day=day, claim_kwargs=kwargs
    )


_NOTICE = (
    "Correction: An earlier version of this article misstated the number of passengers as 14,200."
)


def _ferry_story() -> list[AnalyzedArticle]:
    return [
        _ferry("w", "Baltic Wire", "41,200", 41200.0, 1),
        _ferry("e", "Harbour Times", "14,200", 14200.0, 2),
        _ferry("c", "Harbour Times", "41,200", 41200.0, 3, _NOTICE),
    ]


def test_a_correction_notice_makes_the_later_figure_a_correction() -> None:
    analyses = _ferry_story()
    recon = reconcile(Story("s", "t", ("w", "e", "c")), analyses, [], ReconcileParams())
    (fact,) = [f for f in recon.facts if any(s.text.startswith("The Lindholm") for s in f.support)]
    assert fact.status is not FactStatus.CONFLICTING
    assert fact.conflicts
    assert {c.nature for c in fact.conflicts} == {ConflictNature.CORRECTION}
    events = dict((e.article_id, e.kind) for e in fact.timeline)
    assert events["c"] is FactEventKind.CORRECTS
    # the withdrawn figure contradicted the older report before its outlet corrected it
    assert events["e"] is FactEventKind.CONTRADICTS


def test_an_older_report_of_the_right_figure_is_listed_after_the_withdrawn_one() -> None:
    analyses = _ferry_story()
    wire, early = analyses[0].claims[0], analyses[1].claims[0]
    conflict = number_conflict(wire, early)
    assert conflict is not None
    published = {a.article.id: a.article.published for a in analyses}
    timed = with_timeline(conflict, wire, early, published, correction_notices(analyses))
    assert timed.nature is ConflictNature.CORRECTION
    assert [v.article_id for v in timed.values] == ["e", "w"]
    assert timed.detail == "14,200 passenger, corrected to 41,200 passenger"


def test_a_notice_naming_another_figure_corrects_nothing_here() -> None:
    analyses = _ferry_story()
    notice = "Correction: An earlier version of this article misstated the port as Visby."
    analyses[2] = _ferry("c", "Harbour Times", "41,200", 41200.0, 3, notice)
    corrections = correction_notices(analyses)
    assert corrections.withdrawn["c"] == ()
    wire, early = analyses[0].claims[0], analyses[1].claims[0]
    conflict = number_conflict(wire, early)
    assert conflict is not None
    published = {a.article.id: a.article.published for a in analyses}
    timed = with_timeline(conflict, wire, early, published, corrections)
    assert timed.nature is ConflictNature.DISAGREEMENT


def test_a_figureless_notice_corrects_its_own_outlets_earlier_report() -> None:
    analyses = _ferry_story()
    analyses[2] = _ferry(
        "c", "Harbour Times", "41,200", 41200.0, 3, "This story has been corrected."
    )
    early, corrected = analyses[1].claims[0], analyses[2].claims[0]
    conflict = number_conflict(early, corrected)
    assert conflict is not None
    published = {a.article.id: a.article.published for a in analyses}
    timed = with_timeline(conflict, early, corrected, published, correction_notices(analyses))
    assert timed.nature is ConflictNature.CORRECTION
    assert timed.detail == "14,200 passenger, later 41,200 passenger"


_WORDS = "I knew the bridge would hold once the second pylon was in place"


def _quote(article_id: str, speaker: str, start: int = 0) -> Quote:
    span = Span(start, start + len(_WORDS))
    return Quote(article_id, span, (span,), _WORDS, speaker.title(), speaker, "say")


def test_one_long_quote_credited_to_two_people_is_one_group() -> None:
    quotes = [_quote("a", "ilse moravec"), _quote("b", "ilse moravec"), _quote("c", "otto brandt")]
    (group,) = group_quotes(quotes, ["a", "b", "c"], 0.6)
    assert group.speaker_key == "ilse moravec"
    assert len(group.variants) == 3


def test_a_short_quote_still_needs_the_same_speaker() -> None:
    short = [
        Quote(a, Span(0, 9), (Span(0, 9),), "very fair", k.title(), k, "say")
        for a, k in (("a", "ilse moravec"), ("b", "otto brandt"))
    ]
    assert len(group_quotes(short, ["a", "b"], 0.6)) == 2


def test_a_quote_credited_to_someone_else_is_an_entity_conflict() -> None:
    text = f'"{_WORDS}," the engineer said.'
    a, b = make_claim("a", text, 0), make_claim("b", text, 0)
    qa, qb = _quote("a", "ilse moravec", 1), _quote("b", "otto brandt", 1)
    conflict = speaker_conflict(a, b, [qa], [qb])
    assert conflict is not None
    assert conflict.kind is ConflictKind.ENTITY
    assert conflict.detail == "quote given to Ilse Moravec vs Otto Brandt"
    assert speaker_conflict(a, b, [qa], [_quote("b", "ilse moravec", 1)]) is None


def _quoting(
    article_id: str, outlet: str, speaker: str, tail: str, *, credited: bool = False
) -> AnalyzedArticle:
    """An article of one sentence that quotes the long words, credited to ``speaker``.

    With ``credited`` the sentence is also an attribution to the speaker, who is then
    the claim's origin.
    """
    text = f'"{_WORDS}," {tail}'
    claim = make_claim(article_id, text, 0)
    cue = Span(len(text) - len(tail), len(text))
    attribution = Attribution(
        article_id,
        cue,
        Span(1, 1 + len(_WORDS)),
        speaker.title(),
        speaker,
        SourceKind.PERSON,
        "said",
    )
    article = Article(
        article_id, text, text, outlet, published=datetime(2026, 3, 1, 12, tzinfo=UTC)
    )
    return AnalyzedArticle(
        article=article,
        sentences=(claim.span,),
        mentions=(),
        quotes=(_quote(article_id, speaker, 1),),
        attributions=(attribution,) if credited else (),
        claims=(claim,),
    )


def test_a_copy_that_credits_a_quote_to_someone_else_conflicts_with_its_original() -> None:
    first = _quoting("o", "Delta Post", "ilse moravec", "Moravec said.")
    copy = _quoting("k", "River Digest", "otto brandt", "Brandt said.")
    links = [CopyLink("k", "o", 0.9)]
    recon = reconcile(Story("s", "t", ("o", "k")), [first, copy], links, ReconcileParams())
    (fact,) = recon.facts
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
    assert len(recon.quotes) == 1


def test_a_quote_credited_to_two_people_counts_one_origin() -> None:
    first = _quoting("o", "Delta Post", "ilse moravec", "Moravec said.", credited=True)
    second = _quoting("p", "Tern Herald", "otto brandt", "Brandt said.", credited=True)
    recon = reconcile(Story("s", "t", ("o", "p")), [first, second], [], ReconcileParams())
    (fact,) = recon.facts
    assert [c.kind for c in fact.conflicts] == [ConflictKind.ENTITY]
    assert [s.origin for s in fact.support] == ["ilse moravec", "otto brandt"]
    assert fact.origins == ("ilse moravec",)
    assert fact.independent_support == 1


@pytest.mark.parametrize(
    "notice",
    [
        "Editor's note: this story contains graphic descriptions.",
        "Critics said a previous version of this report was more candid about costs.",
    ],
)
def test_a_note_that_is_no_correction_corrects_nothing(notice: str) -> None:
    analyses = _ferry_story()
    ferry = _FERRY.format("41,200")
    kwargs: dict[int, dict[str, object]] = {1: {"numbers": ((41200.0, "passenger"),)}}
    analyses[2] = make_analysis(
        "c", "Harbour Times", [notice, ferry], day=3, claim_kwargs=kwargs
    )  # the note opens the article
    early, later = analyses[1].claims[0], analyses[2].claims[1]
    conflict = number_conflict(early, later)
    assert conflict is not None
    published = {a.article.id: a.article.published for a in analyses}
    corrections = correction_notices(analyses)
    assert "c" not in corrections.withdrawn
    timed = with_timeline(conflict, early, later, published, corrections)
    assert timed.nature is ConflictNature.DISAGREEMENT


def test_a_surname_and_the_full_name_are_one_speaker() -> None:
    text = f'"{_WORDS}," the engineer said.'
    a, b = make_claim("a", text, 0), make_claim("b", text, 0)
    full, surname = _quote("a", "ilse moravec", 1), _quote("b", "moravec", 1)
    assert speaker_conflict(a, b, [full], [surname]) is None
    (group,) = group_quotes([full, surname], ["a", "b"], 0.6)
    assert len(group.variants) == 2
    assert speaker_conflict(a, b, [full], [_quote("b", "ilse", 1)]) is not None
