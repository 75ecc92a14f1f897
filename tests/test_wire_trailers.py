"""Wire trailers: a closing agency line credits the agency; a byline credits no one."""

from __future__ import annotations

import pytest

from corrobora.extract.analyze import analyze_doc
from corrobora.extract.cues import TRAILER_CUE, wire_trailer
from corrobora.extract.nlp import parse
from corrobora.model import AnalyzedArticle, Article, SourceKind
from corrobora.reconcile.origins import claim_origins, own_outlets, wire_agency
from corrobora.settings import DEFAULT_MODEL
from corrobora.text import article_id

BODY = (
    "Ostraven port reopens after strike\n\n"
    "The port of Ostraven reopened on Monday after a two-week strike.\n"
    "Dockworkers accepted a pay offer late on Sunday, union leader Mira Coldane told reporters.\n"
)
AGENCY = BODY + "\n(Continental Press Agency)\n"
DASHED = BODY + "\n— Continental Press Agency\n"
INLINE = BODY.rstrip("\n") + " (Continental Press Agency)"
BYLINE = BODY + "\n(Reporting by Ana Lind and Piet Varo; Editing by Tom Hale)\n"


def analyzed(text: str, outlet: str = "Harbor Ledger") -> AnalyzedArticle:
    """The analysis of ``text`` published by ``outlet``."""
    article = Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet=outlet, published=None
    )
    return analyze_doc(parse(text, DEFAULT_MODEL), article)


@pytest.mark.parametrize("text", [AGENCY, DASHED, INLINE])
def test_an_agency_trailer_is_found(text: str) -> None:
    trailer = wire_trailer(text)
    assert trailer is not None and trailer.agency is not None
    assert trailer.agency.slice(text) == "Continental Press Agency"
    assert trailer.span.slice(text).strip("()— ") == "Continental Press Agency"


def test_a_byline_trailer_names_no_agency() -> None:
    trailer = wire_trailer(BYLINE)
    assert trailer is not None
    assert trailer.agency is None
    assert (
        trailer.span.slice(BYLINE) == "(Reporting by Ana Lind and Piet Varo; Editing by Tom Hale)"
    )


@pytest.mark.parametrize(
    "ending",
    [
        "(Photo: Ana Lind)",
        "(The strike began on March 1.)",
        "(Ostraven Dockworkers Union)",
        "The ferry (Harbor Wire) was late.",
        "— Ana Lind",
    ],
)
def test_other_endings_are_no_trailer(ending: str) -> None:
    assert wire_trailer(BODY + "\n" + ending + "\n") is None


@pytest.mark.parametrize("text", [AGENCY, DASHED, INLINE])
def test_an_agency_trailer_credits_the_agency_with_the_text_before_it(text: str) -> None:
    credits = [a for a in analyzed(text).attributions if a.cue == TRAILER_CUE]
    assert len(credits) == 1
    credit = credits[0]
    assert (credit.source, credit.source_key, credit.kind) == (
        "Continental Press Agency",
        "continental press agency",
        SourceKind.OUTLET,
    )
    assert credit.statement
    assert credit.span.slice(text) == "Continental Press Agency"
    assert credit.content.start == 0
    assert text[: credit.content.end].endswith("told reporters.")


def test_the_agency_is_the_voice_of_the_article_and_named_sources_keep_theirs() -> None:
    analysis = analyzed(AGENCY)
    assert wire_agency(analysis) == "continental press agency"
    own = own_outlets([analysis], [])[analysis.article.id]
    assert own == "continental press agency"
    origins = {c.text: claim_origins(c, analysis, own) for c in analysis.claims}
    port = next(v for k, v in origins.items() if k.startswith("The port of Ostraven"))
    dockworkers = next(v for k, v in origins.items() if k.startswith("Dockworkers"))
    assert port == ("continental press agency",)
    assert dockworkers == ("mira coldane",)


def test_an_agency_trailer_in_the_agency_own_article_credits_no_one() -> None:
    analysis = analyzed(AGENCY, outlet="Continental Press Agency")
    assert not [a for a in analysis.attributions if a.cue == TRAILER_CUE]
    assert own_outlets([analysis], [])[analysis.article.id] == "continental press agency"


def test_a_quote_before_a_dashed_agency_line_is_not_the_agency_speaking() -> None:
    text = BODY + '"We won what we came for."\n\n— Continental Press Agency\n'
    analysis = analyzed(text)
    assert [q.speaker for q in analysis.quotes] == [None]
    assert not [
        a for a in analysis.attributions if a.cue != TRAILER_CUE and a.kind is SourceKind.OUTLET
    ]


def test_a_byline_trailer_is_no_source_and_no_speaker() -> None:
    analysis = analyzed(BYLINE)
    names = {"ana lind", "piet varo", "tom hale"}
    assert not [a for a in analysis.attributions if a.source_key in names]
    assert not [q for q in analysis.quotes if q.speaker_key in names]
    assert not [c for c in analysis.claims if c.attribution and c.attribution.source_key in names]
    assert wire_agency(analysis) is None
    assert own_outlets([analysis], [])[analysis.article.id] == "harbor ledger"


def test_a_byline_trailer_gives_no_claim() -> None:
    analysis = analyzed(BYLINE)
    assert not [c for c in analysis.claims if "by" in c.text.split()]


def test_a_claim_keeps_its_own_credit_under_an_agency_trailer() -> None:
    """The trailer gives the article its voice; "X told reporters" still credits X."""
    analysis = analyzed(AGENCY)
    told = next(c for c in analysis.claims if "pay offer" in c.text)
    assert told.attribution is not None and told.attribution.source_key == "mira coldane"
    reopened = next(c for c in analysis.claims if "reopened" in c.text)
    assert reopened.attribution is None
