"""A hand-built reconciled story for the renderer tests (invented text, not real news).

Three articles: the Harbor Gazette, the River Times (hostile title and URL) and a copy of
the River Times under a hostile outlet name. One corroborated fact, one number conflict,
two single-source facts, one quote worded two ways, attributions and a copy link.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from corrobora.model import (
    Article,
    Attribution,
    Conflict,
    ConflictKind,
    CopyLink,
    Coverage,
    DiffChunk,
    DiffOp,
    Evidence,
    Fact,
    FactStatus,
    ProvenanceEdge,
    QuoteGroup,
    QuoteVariant,
    Reconciliation,
    SourceKind,
    Span,
    Story,
    Support,
    TimelineEntry,
)
from corrobora.report import StoryReport

HOSTILE_TITLE = "<script>alert(1)</script> Flood call"
HOSTILE_OUTLET = '"><img src=x onerror=alert(1)>'
HOSTILE_URL = "javascript:alert(1)"

GAZETTE_TEXT = (
    "The mayor of Port Ellis spoke with the governor by phone on Sunday. "
    "According to the Coastal Ledger, the call lasted 40 minutes. "
    "Mr. Reyes said officials would send 12 pumps to the flooded district. "
    '"We will rebuild every street, and we will do it together," the mayor said. '
    "The governor's office declined to comment on the budget."
)
TIMES_TEXT = (
    "Port Ellis mayor Dana Reyes and the governor spoke by phone on Sunday, "
    "the Coastal Ledger reported. "
    "Officials will send 15 pumps to the flooded district, the mayor said.\n\n"
    '"We will rebuild every road together," Reyes said. '
    "Schools in the district will stay closed until Friday."
)
COPY_TEXT = TIMES_TEXT + " Reporting by staff."

GAZETTE = Article(
    id="a-gazette",
    text=GAZETTE_TEXT,
    title="Mayor and governor discuss flood relief",
    outlet="Harbor Gazette",
    url="https://harbor.example/flood?id=1&x=2",
    published=datetime(2025, 3, 2, 10, 0, tzinfo=UTC),
    language="en",
    path="in/gazette.html",
)
TIMES = Article(
    id="a-times",
    text=TIMES_TEXT,
    title=HOSTILE_TITLE,
    outlet="River Times",
    url=HOSTILE_URL,
    published=datetime(2025, 3, 2, 12, 30, tzinfo=UTC),
    language="en",
)
COPY = Article(
    id="a-copy",
    text=COPY_TEXT,
    title="Flood call (copy)",
    outlet=HOSTILE_OUTLET,
    url=None,
    published=datetime(2025, 3, 2, 13, 0, tzinfo=UTC),
)
ARTICLES = {a.id: a for a in (GAZETTE, TIMES, COPY)}


def span_of(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def support(article: Article, phrase: str, origin: str, *, is_copy: bool = False) -> Support:
    return Support(
        article.id,
        f"c-{article.id}-{phrase[:8]}",
        span_of(article.text, phrase),
        phrase,
        origin,
        is_copy,
    )


GAZETTE_CALL = "The mayor of Port Ellis spoke with the governor by phone on Sunday."
TIMES_CALL = "Port Ellis mayor Dana Reyes and the governor spoke by phone on Sunday"
GAZETTE_PUMPS = "Mr. Reyes said officials would send 12 pumps to the flooded district."
TIMES_PUMPS = "Officials will send 15 pumps to the flooded district, the mayor said."
BUDGET = "The governor's office declined to comment on the budget."
SCHOOLS = "Schools in the district will stay closed until Friday."

CALL = Fact(
    id="f-call",
    text="The mayor and the governor spoke by phone on Sunday.",
    status=FactStatus.CORROBORATED,
    support=(
        support(COPY, TIMES_CALL, "coastal ledger", is_copy=True),
        support(GAZETTE, GAZETTE_CALL, "harbor gazette"),
        support(TIMES, TIMES_CALL, "coastal ledger"),
    ),
    origins=("harbor gazette", "coastal ledger"),
    independent_support=2,
    first_reported=GAZETTE.id,
    confidence=0.8,
    confidence_reason="two independent origins",
)
PUMPS = Fact(
    id="f-pumps",
    text="Officials will send pumps to the flooded district.",
    status=FactStatus.CONFLICTING,
    support=(
        support(GAZETTE, GAZETTE_PUMPS, "harbor gazette"),
        support(TIMES, TIMES_PUMPS, "river times"),
    ),
    origins=("harbor gazette", "river times"),
    independent_support=2,
    conflicts=(
        Conflict(
            ConflictKind.NUMBER,
            "12 vs 15",
            (
                Evidence(GAZETTE.id, span_of(GAZETTE_TEXT, "12"), "12"),
                Evidence(TIMES.id, span_of(TIMES_TEXT, "15"), "15"),
            ),
        ),
    ),
    first_reported=GAZETTE.id,
)
BUDGET_FACT = Fact(
    id="f-budget",
    text=BUDGET,
    status=FactStatus.SINGLE_SOURCE,
    support=(support(GAZETTE, BUDGET, "harbor gazette"),),
    origins=("harbor gazette",),
    independent_support=1,
    first_reported=GAZETTE.id,
)
SCHOOLS_FACT = Fact(
    id="f-schools",
    text=SCHOOLS,
    status=FactStatus.SINGLE_SOURCE,
    support=(
        support(TIMES, SCHOOLS, "river times"),
        support(COPY, SCHOOLS, "river times", is_copy=True),
    ),
    origins=("river times",),
    independent_support=1,
    first_reported=TIMES.id,
)
FACTS = (CALL, PUMPS, BUDGET_FACT, SCHOOLS_FACT)

GAZETTE_QUOTE = "We will rebuild every street, and we will do it together,"
TIMES_QUOTE = "We will rebuild every road together,"
QUOTE = QuoteGroup(
    id="q-rebuild",
    speaker="Dana Reyes",
    speaker_key="dana reyes",
    identical=False,
    variants=(
        QuoteVariant(GAZETTE.id, span_of(GAZETTE_TEXT, GAZETTE_QUOTE), GAZETTE_QUOTE),
        QuoteVariant(
            TIMES.id,
            span_of(TIMES_TEXT, TIMES_QUOTE),
            TIMES_QUOTE,
            (
                DiffChunk(DiffOp.EQUAL, "We will rebuild every", "We will rebuild every"),
                DiffChunk(DiffOp.REPLACE, "street, and we will do it", "road"),
                DiffChunk(DiffOp.EQUAL, "together,", "together,"),
            ),
        ),
    ),
)

ATTRIBUTIONS = (
    Attribution(
        GAZETTE.id,
        span_of(GAZETTE_TEXT, "According to the Coastal Ledger"),
        span_of(GAZETTE_TEXT, "the call lasted 40 minutes."),
        "the Coastal Ledger",
        "coastal ledger",
        SourceKind.OUTLET,
        "according to",
    ),
    Attribution(
        TIMES.id,
        span_of(TIMES_TEXT, "the Coastal Ledger reported"),
        span_of(TIMES_TEXT, TIMES_CALL),
        "the Coastal Ledger",
        "coastal ledger",
        SourceKind.OUTLET,
        "reported",
    ),
)

STORY = Story(
    id="s-flood",
    title="Port Ellis flood relief call",
    article_ids=(GAZETTE.id, TIMES.id, COPY.id),
    first_seen=GAZETTE.published,
    last_seen=COPY.published,
)


def reconciliation(facts: tuple[Fact, ...] = FACTS) -> Reconciliation:
    return Reconciliation(
        story=STORY,
        facts=facts,
        quotes=(QUOTE,),
        attributions=ATTRIBUTIONS,
        coverage=(
            Coverage(GAZETTE.id, ("f-call", "f-pumps", "f-budget"), ("f-schools",)),
            Coverage(TIMES.id, ("f-call", "f-pumps", "f-schools"), ("f-budget",)),
            Coverage(COPY.id, ("f-call", "f-schools"), ("f-pumps", "f-budget")),
        ),
        timeline=(
            TimelineEntry(
                GAZETTE.id, GAZETTE.published, GAZETTE.outlet, ("f-call", "f-pumps", "f-budget")
            ),
            TimelineEntry(TIMES.id, TIMES.published, TIMES.outlet, ("f-schools",)),
            TimelineEntry(COPY.id, COPY.published, COPY.outlet, (), TIMES.id),
        ),
        provenance=(
            ProvenanceEdge(GAZETTE.id, "coastal ledger", "credits_outlet"),
            ProvenanceEdge(TIMES.id, "coastal ledger", "credits_outlet"),
            ProvenanceEdge(COPY.id, TIMES.id, "copy_of"),
        ),
        copies=(CopyLink(COPY.id, TIMES.id, 0.93),),
    )


def report(facts: tuple[Fact, ...] = FACTS) -> StoryReport:
    return StoryReport(reconciliation(facts), ARTICLES)


def shuffled_report() -> StoryReport:
    """The same story with its facts, quotes and timeline given in another order."""
    base = reconciliation(tuple(reversed(FACTS)))
    return StoryReport(
        replace(
            base,
            timeline=tuple(reversed(base.timeline)),
            attributions=tuple(reversed(base.attributions)),
            coverage=tuple(reversed(base.coverage)),
            provenance=tuple(reversed(base.provenance)),
        ),
        dict(reversed(list(ARTICLES.items()))),
    )
