"""A figure a report in between says was raised to is the later level, not a rival one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from corrobora import api
from corrobora.model import Claim, Conflict, ConflictKind, ConflictNature
from corrobora.reconcile.updates import as_update, raised_between
from corrobora.settings import ReconcileParams, Settings

from ..stories import write_article


def _claims(folder: Path) -> tuple[list[Claim], dict[str, datetime | None]]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    analyses, _ = api.analyze_files(sorted(folder.glob("*.txt")), settings)
    published = {a.article.id: a.article.published for a in analyses}
    return [c for a in analyses for c in a.claims if c.quantities], published


def _one(claims: list[Claim], words: str) -> Claim:
    (claim,) = [c for c in claims if words in c.text]
    return claim


def _story(folder: Path, middle: str) -> None:
    write_article(
        folder,
        "a.txt",
        "Coast Gazette",
        "2026-06-02T10:00:00",
        "Dockers at Selmouth will walk out on Friday. The port operator has offered"
        " a 3 percent pay rise.",
    )
    write_article(folder, "b.txt", "Harbour Radio", "2026-06-03T12:00:00", middle)
    write_article(
        folder,
        "c.txt",
        "Selmouth Port",
        "2026-06-04T09:00:00",
        "The port operator said it had offered a 6 percent pay rise, while the dockers are"
        " seeking 8 percent.",
    )


def test_a_rise_reported_in_between_makes_the_later_figure_an_update(tmp_path: Path) -> None:
    _story(tmp_path, "The port operator had raised its offer to 6 percent on Tuesday.")
    claims, published = _claims(tmp_path)
    first, last = _one(claims, "3 percent"), _one(claims, "seeking 8")
    assert raised_between(claims, first, last, published)
    assert raised_between(claims, last, first, published)


def test_no_rise_in_between_leaves_the_pair_alone(tmp_path: Path) -> None:
    _story(tmp_path, "The port operator said its offer of 6 percent was final on Tuesday.")
    claims, published = _claims(tmp_path)
    first, last = _one(claims, "3 percent"), _one(claims, "seeking 8")
    assert not raised_between(claims, first, last, published)


def test_a_rise_of_another_thing_in_between_does_not_count(tmp_path: Path) -> None:
    _story(tmp_path, "Fuel costs at the harbour rose to 6 percent of turnover on Tuesday.")
    claims, published = _claims(tmp_path)
    first, last = _one(claims, "3 percent"), _one(claims, "seeking 8")
    assert not raised_between(claims, first, last, published)


def test_as_update_tells_a_disagreement_as_an_update() -> None:
    conflict = Conflict(ConflictKind.NUMBER, "3 % vs 6, 8 %", ())
    updated = as_update(conflict)
    assert updated.nature is ConflictNature.UPDATE
    assert updated.detail == "3 %, later 6, 8 %"
