"""An unreal conditional denies what its "if" clause tells.

"If the governor had signed the order, Brill believes Osler would have told him" says
that the governor did not sign it: no support for a source that claims she did.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.extract.analyze import analyze_article
from corrobora.model import Claim, ConflictKind
from corrobora.settings import AnalyzeParams, Settings
from tests.stories import text_article, write_article


def _claim(text: str, words: str) -> Claim:
    found = analyze_article(text_article(text, "Harbour Post"), AnalyzeParams())
    (claim,) = [c for c in found.claims if words in c.text]
    return claim


def test_an_unreal_conditional_is_negated() -> None:
    text = "If the governor had signed the order, Brill believes that Osler would have told him."
    assert _claim(text, "had signed").negated


def test_an_open_conditional_is_not_negated() -> None:
    text = "If the governor signs the order, Brill believes that Osler will tell him."
    assert not _claim(text, "signs the order").negated


def test_an_unreal_conditional_is_no_support_for_the_claim_it_denies(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbour Post",
        "2026-05-03T10:00:00",
        "Pol Brill, a former party aide, died Sunday in Arlo. He was 80.\n"
        "Brill said Tom Tarrin lied when he claimed Governor Hale knew about the raid.\n"
        "Tarrin claimed Hale signed the order in a call with Osler.\n"
        "If the governor had signed the order, Brill believes that Osler would have told him.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastal Times",
        "2026-05-04T10:00:00",
        "Pol Brill, a former party aide, died Sunday in Arlo at 80.\n"
        "He was present at a key meeting in 1980 between Osler and aide Tom Tarrin when "
        "the order for the raid allegedly was signed.",
    )
    (report,) = api.compare([tmp_path], Settings()).reports
    (fact,) = [
        f
        for f in report.reconciliation.facts
        if any("Tarrin claimed Hale" in s.text for s in f.support)
    ]
    denial = "If the governor had signed the order"
    denied = any(c.kind is ConflictKind.NEGATION for c in fact.conflicts)
    assert not any(denial in s.text for s in fact.support) or denied
