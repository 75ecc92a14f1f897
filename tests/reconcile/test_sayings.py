"""Two things one source said are two facts; one thing said twice is one."""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.model import Attribution, Claim, SourceKind, Span
from corrobora.reconcile.sayings import different_sayings, saying_of
from corrobora.settings import ReconcileParams, Settings


def _facts(folder: Path, texts: dict[str, tuple[str, str]], needle: str) -> list[list[str]]:
    for name, (outlet, body) in texts.items():
        (folder / name).write_text(
            f"Title: Varga verdict\nOutlet: {outlet}\nDate: 2026-06-02\n\n{body}\n",
            encoding="utf-8",
        )
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([folder], settings).reports
    return [
        [s.text for s in fact.support]
        for fact in report.reconciliation.facts
        if any(needle in s.text for s in fact.support)
    ]


LEAD = "A court in Ostrel sentenced former mayor Tomas Varga to six years in prison for bribery."


def _credited(claim_id: str, text: str, terms: tuple[str, ...], speaker: str) -> Claim:
    """A claim credited to ``speaker`` for the words after "said "."""
    start = text.index(" said ") + len(" said ")
    attribution = Attribution(
        claim_id,
        Span(0, start),
        Span(start, len(text)),
        speaker.title(),
        speaker,
        SourceKind.PERSON,
        "say",
    )
    return Claim(
        claim_id, claim_id, Span(0, len(text)), text, 0, terms, (), attribution=attribution
    )


APPEAL = _credited(
    "a",
    "His lawyer, Anton Rieck, said the defence would appeal.",
    ("lawyer", "anton", "rieck", "defence", "appeal"),
    "anton rieck",
)
UNJUST = _credited(
    "b",
    "Varga's lawyer Anton Rieck said the verdict was unjust.",
    ("varga", "lawyer", "anton", "rieck", "verdict", "unjust"),
    "anton rieck",
)


def test_the_said_terms_leave_out_who_said_it() -> None:
    saying = saying_of(APPEAL)
    assert saying is not None
    assert saying.terms == {"defence", "appeal"}


def test_two_things_one_speaker_said_are_different() -> None:
    sayings = {c.id: saying_of(c) for c in (APPEAL, UNJUST)}
    assert different_sayings(sayings, "a", "b")


def test_a_surname_is_the_same_speaker_and_shared_words_one_saying() -> None:
    again = _credited(
        "c", "Rieck said the defence would appeal soon.", ("rieck", "defence", "appeal"), "rieck"
    )
    sayings = {c.id: saying_of(c) for c in (APPEAL, again)}
    assert not different_sayings(sayings, "a", "c")


def test_two_speakers_are_left_to_the_pair_score() -> None:
    other = _credited(
        "d",
        "The prosecutor said the verdict was unjust.",
        ("prosecutor", "verdict", "unjust"),
        "prosecutor",
    )
    sayings = {c.id: saying_of(c) for c in (APPEAL, other)}
    assert not different_sayings(sayings, "a", "d")


def test_one_thing_said_twice_is_one_fact(tmp_path: Path) -> None:
    facts = _facts(
        tmp_path,
        {
            "a.txt": (
                "Ostrel Daily",
                f"{LEAD} His lawyer, Anton Rieck, said the defence would appeal the verdict.",
            ),
            "b.txt": (
                "Northern Gazette",
                f"{LEAD} Varga's lawyer Anton Rieck said he would appeal the verdict.",
            ),
        },
        "Rieck",
    )
    assert [len(support) for support in facts] == [2]
