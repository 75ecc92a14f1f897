"""Two different quotes of one speaker are two facts, however much their frames share."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.settings import ReconcileParams, Settings

_FRAME = "said Ilona Varga, a spokeswoman for the Fuel Fairness Coalition in Veldmark."


def _write(folder: Path, name: str, outlet: str, quote: str) -> None:
    (folder / name).write_text(
        f"Title: Veldmark march\nOutlet: {outlet}\nDate: 2026-07-11\n\n"
        f"Thousands marched against the fuel tax in Veldmark on Saturday. "
        f'"{quote}," {_FRAME}\n',
        encoding="utf-8",
    )


def _quote_facts(tmp_path: Path) -> list[list[str]]:
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    return [
        [s.text for s in fact.support]
        for fact in report.reconciliation.facts
        if any("Varga" in s.text for s in fact.support)
    ]


def test_two_different_quotes_are_two_facts(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Daily Lantern", "We will not go home until this tax is withdrawn")
    _write(
        tmp_path, "b.txt", "Ostrana Radio", "They count the front of the march and forget the rest"
    )
    assert [len(support) for support in _quote_facts(tmp_path)] == [1, 1]


def test_one_quote_worded_twice_is_one_fact(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Daily Lantern", "We will not go home until this tax is withdrawn")
    _write(tmp_path, "b.txt", "Ostrana Radio", "We will not go home until the tax is withdrawn")
    assert [len(support) for support in _quote_facts(tmp_path)] == [2]
