"""Helpers that write small stories as text files and read what corrobora finds in them.

Tests of one finding write two or three short articles, run the whole analysis and
reconciliation on them (words only, so the outcome does not depend on a model), and
look at the facts or the attributions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from corrobora import api
from corrobora.extract.attribution import find_attributions
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.extract.quantities import find_quantities
from corrobora.extract.quotes import find_quotes
from corrobora.model import Article, Attribution, Claim, DateMention, Fact, SourceKind, Span
from corrobora.settings import AnalyzeParams, ReconcileParams, Settings
from corrobora.text import article_id

from .reconcile.conftest import make_claim, terms_of


def write_article(
    folder: Path, name: str, outlet: str, published: str, body: str, *, title: str = ""
) -> None:
    """Write one article as a text file with its header lines (title, outlet, time)."""
    (folder / name).write_text(
        f"Title: {title or outlet}\nOutlet: {outlet}\nPublished: {published}\n\n{body}\n",
        encoding="utf-8",
    )


def story_facts(folder: Path) -> tuple[Fact, ...]:
    """The facts of the one story the articles in ``folder`` make, words only."""
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return report.reconciliation.facts


def fact_with(folder: Path, words: str) -> Fact:
    """The one fact of the story in ``folder`` whose support holds ``words``."""
    (fact,) = [f for f in story_facts(folder) if any(words in s.text for s in f.support)]
    return fact


def text_article(text: str, outlet: str) -> Article:
    """An undated article of ``text`` published by ``outlet``."""
    return Article(
        id=article_id(text), text=text, title=text.split("\n", 1)[0], outlet=outlet, published=None
    )


def attributions(text: str, outlet: str) -> tuple[Attribution, ...]:
    """The attributions of ``text`` published by ``outlet``."""
    article = text_article(text, outlet)
    doc = parse(text, AnalyzeParams().model)
    mentions = find_mentions(doc, article)
    quotes = find_quotes(doc, article, mentions)
    return find_attributions(doc, article, mentions, quotes)


def credit_of(found: tuple[Attribution, ...], words: str, text: str) -> Attribution:
    """The one attribution whose span holds ``words``."""
    (credit,) = [a for a in found if words in text[a.span.start : a.span.end]]
    return credit


def credit(key: str, kind: SourceKind) -> Attribution:
    """A bare attribution to the source ``key`` of ``kind``, for tests of origin keys."""
    return Attribution("a", Span(0, 1), Span(2, 3), key, key, kind, "say")


def dated_claim(
    article_id: str, text: str, written: str, start: date, end: date, predicate: str = ""
) -> Claim:
    """A claim of ``text`` whose one date, ``written`` in it, spans ``start`` to ``end``."""
    claim = make_claim(article_id, text, 0)
    at = text.index(written)
    mention = DateMention(Span(at, at + len(written)), written, start, end)
    return replace(claim, dates=(mention,), predicate=predicate)


def figured_claim(article_id: str, text: str) -> Claim:
    """A claim of the whole ``text`` with the figures the extractor finds in it."""
    return Claim(
        id=f"{article_id}-claim",
        article_id=article_id,
        span=Span(0, len(text)),
        text=text,
        sentence=0,
        terms=terms_of(text),
        entity_keys=(),
        quantities=find_quantities(
            parse(text, AnalyzeParams().model), text_article(text, article_id)
        ),
    )
