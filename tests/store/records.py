"""Small hand-built records for the store tests (our own sentences, no article text)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    CopyLink,
    DateMention,
    EntityKind,
    Fact,
    FactStatus,
    Mention,
    Modality,
    Quantity,
    Quote,
    Reconciliation,
    SourceKind,
    Span,
    Story,
    Support,
    TimelineEntry,
)

PLUS_TWO = timezone(timedelta(hours=2))
MINUS_FIVE = timezone(timedelta(hours=-5))


def make_analysis(
    article_id: str,
    outlet: str,
    text: str,
    *,
    published: datetime | None = None,
    analyzer: str = "test-analyzer 1",
) -> AnalyzedArticle:
    """An analyzed article with one sentence, one mention, one claim and one quote."""
    article = Article(
        id=article_id,
        text=text,
        title=f"{outlet} report",
        outlet=outlet,
        url=f"https://{outlet.lower().replace(' ', '')}.example/{article_id}",
        published=published,
        language="en",
        path=f"/corpus/{article_id}.html",
    )
    whole = Span(0, len(text))
    attribution = Attribution(
        article_id=article_id,
        span=Span(0, min(5, len(text))),
        content=whole,
        source="the Harbor Gazette",
        source_key="harbor gazette",
        kind=SourceKind.OUTLET,
        cue="according to",
    )
    claim = Claim(
        id=f"{article_id}-c0",
        article_id=article_id,
        span=whole,
        text=text,
        sentence=0,
        terms=("council", "approve", "budget"),
        entity_keys=("city council",),
        quantities=(Quantity(Span(0, 2), "12", 12.0),),
        dates=(DateMention(Span(0, 3), "Monday", None, None),),
        modality=Modality.REPORTED,
        attribution=attribution,
    )
    return AnalyzedArticle(
        article=article,
        sentences=(whole,),
        mentions=(Mention(Span(0, 4), "City", "city council", EntityKind.ORGANIZATION),),
        quotes=(
            Quote(
                article_id=article_id,
                span=whole,
                parts=(whole,),
                text=text,
                speaker="Mara Quill",
                speaker_key="mara quill",
                cue="said",
            ),
        ),
        attributions=(attribution,),
        claims=(claim,),
        quantities=claim.quantities,
        analyzer=analyzer,
    )


def sample_analyses() -> list[AnalyzedArticle]:
    """Three analyses from three outlets, with different UTC offsets."""
    return [
        make_analysis(
            "aaaa0001",
            "Harbor Gazette",
            "The city council approved the budget on Monday.",
            published=datetime(2024, 3, 4, 9, 0, tzinfo=PLUS_TWO),
        ),
        make_analysis(
            "aaaa0002",
            "Valley Post",
            "Council members voted 12 to 3 for the budget, the Gazette said.",
            published=datetime(2024, 3, 4, 8, 30, tzinfo=MINUS_FIVE),
        ),
        make_analysis(
            "bbbb0003",
            "Ridge Times",
            "A storm closed the northern ferry route for two days.",
            published=None,
        ),
    ]


def make_story(
    story_id: str,
    article_ids: tuple[str, ...],
    *,
    last_seen: datetime | None,
    title: str = "",
) -> Story:
    """A story whose first sighting is an hour before its last."""
    first_seen = None if last_seen is None else last_seen - timedelta(hours=1)
    return Story(
        id=story_id,
        title=title or f"Story {story_id}",
        article_ids=article_ids,
        first_seen=first_seen,
        last_seen=last_seen,
    )


def make_reconciliation(story: Story, outlets: dict[str, str]) -> Reconciliation:
    """One corroborated fact supported by every article of ``story``, one single-source."""
    supports = tuple(
        Support(
            article_id=article_id,
            claim_id=f"{article_id}-c0",
            span=Span(0, 10),
            text="The council approved",
            origin="harbor gazette",
            is_copy=index > 0,
        )
        for index, article_id in enumerate(story.article_ids)
    )
    corroborated = Fact(
        id=f"{story.id}-f0",
        text="The council approved the budget.",
        status=FactStatus.CORROBORATED,
        support=supports,
        origins=("harbor gazette",),
        independent_support=1,
        confidence=0.75,
        confidence_reason="two outlets, one origin",
    )
    single = Fact(
        id=f"{story.id}-f1",
        text="The vote was 12 to 3.",
        status=FactStatus.SINGLE_SOURCE,
        support=supports[:1],
        origins=("valley post",),
        independent_support=1,
    )
    return Reconciliation(
        story=story,
        facts=(corroborated, single),
        quotes=(),
        attributions=(),
        coverage=(),
        timeline=tuple(
            TimelineEntry(article_id=a, published=story.last_seen, outlet=outlets[a])
            for a in story.article_ids
        ),
    )


def sample_stories() -> tuple[list[Story], list[CopyLink], list[Reconciliation]]:
    """Two stories over the sample analyses, a copy link and both reconciliations."""
    outlets = {a.article.id: a.article.outlet for a in sample_analyses()}
    budget = make_story(
        "5b0d6e2f11aa",
        ("aaaa0002", "aaaa0001"),
        last_seen=datetime(2024, 3, 4, 13, 30, tzinfo=UTC),
        title="Council approves budget",
    )
    ferry = make_story(
        "5b0dffee0000",
        ("bbbb0003",),
        last_seen=datetime(2024, 3, 5, 8, 0, tzinfo=PLUS_TWO),
        title="Storm closes ferry route",
    )
    copies = [CopyLink(article_id="aaaa0002", copy_of="aaaa0001", similarity=0.91)]
    reconciliations = [make_reconciliation(budget, outlets), make_reconciliation(ferry, outlets)]
    return [budget, ferry], copies, reconciliations
