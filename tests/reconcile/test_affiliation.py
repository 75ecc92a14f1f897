"""A person credited with a statement speaks for the organization named next to them."""

from __future__ import annotations

from datetime import UTC, datetime

from corrobora.model import (
    AnalyzedArticle,
    Article,
    Attribution,
    Claim,
    EntityKind,
    Mention,
    SourceKind,
    Span,
)
from corrobora.reconcile.origins import affiliation, claim_origins, covering_attributions


def _analysis(text: str, person: str, org: str | None) -> tuple[AnalyzedArticle, Attribution]:
    start = text.index(person)
    mentions = [
        Mention(Span(start, start + len(person)), person, person.lower(), EntityKind.PERSON)
    ]
    if org is not None:
        at = text.index(org)
        mentions.append(Mention(Span(at, at + len(org)), org, org.lower(), EntityKind.ORGANIZATION))
    cue = text.index("according to")
    attribution = Attribution(
        "a", Span(cue, start + len(person)), Span(0, cue), person, person.lower(),
        SourceKind.PERSON, "according to",
    )  # fmt: skip
    article = Article("a", text, "t", "Outlet", published=datetime(2026, 1, 1, tzinfo=UTC))
    analysis = AnalyzedArticle(
        article, (Span(0, len(text)),), tuple(mentions), (), (attribution,), ()
    )
    return analysis, attribution


def test_a_role_of_an_organization_next_to_the_name():
    text = "Nine homes burned, according to Ed Poe, chief of the Tarsk Fire Service."
    analysis, attribution = _analysis(text, "Ed Poe", "Tarsk Fire Service")
    assert affiliation(attribution, analysis) == "tarsk fire service"


def test_a_spokeswoman_for_an_organization():
    text = "The talks failed, according to Jane Roe, a spokeswoman for the Dock Union."
    analysis, attribution = _analysis(text, "Jane Roe", "Dock Union")
    assert affiliation(attribution, analysis) == "dock union"


def test_an_organization_named_elsewhere_is_not_an_affiliation():
    text = "The talks failed, according to Jane Roe, who blamed the Dock Union."
    analysis, attribution = _analysis(text, "Jane Roe", "Dock Union")
    assert affiliation(attribution, analysis) is None


def test_no_organization_no_affiliation():
    text = "The talks failed, according to Jane Roe, a local resident."
    analysis, attribution = _analysis(text, "Jane Roe", None)
    assert affiliation(attribution, analysis) is None


def test_a_long_description_after_a_short_quote_leaves_the_quote_credited():
    quote = "This is a meaningful reduction, but it is not a cure"
    text = f'"{quote}," said Dr. Hanne Solberg of Kestrel University Hospital, the lead author.'
    name = text.index("said")
    attribution = Attribution(
        "a", Span(name, name + len("said Dr. Hanne Solberg")), Span(1, 1 + len(quote)),
        "Hanne Solberg", "hanne solberg", SourceKind.PERSON, "say",
    )  # fmt: skip
    article = Article("a", text, "t", "Outlet", published=datetime(2026, 1, 1, tzinfo=UTC))
    claim = Claim("c", "a", Span(0, len(text)), text, 0, (), ())
    analysis = AnalyzedArticle(article, (claim.span,), (), (), (attribution,), (claim,))
    assert covering_attributions(claim, [attribution]) == [attribution]
    assert claim_origins(claim, analysis, "outlet") == ("hanne solberg",)
