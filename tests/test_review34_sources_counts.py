"""Two sources' counts of one thing, one held possible, in two verbs, are two facts.

'"A serious vulnerability potentially affecting millions of Velo computers," said an
expert of one firm' and "researchers at another firm say millions of computers are
already compromised" share the count and the flaw; but one source's possible reach is
no support for what another says was done.
"""

from __future__ import annotations

from pathlib import Path

from .stories import story_facts, write_article

LEAD = "Norvex has released a temporary fix for a flaw in its Velo browser."
EXPERT = (
    '"This is a serious vulnerability potentially affecting millions of Velo computers," '
    "Ilse Varn, director at security company Keystone, told reporters."
)


def _write(tmp_path: Path, first: str, second: str, third: str) -> None:
    for name, outlet, hour, body in (
        ("a.txt", "Byte Daily", "09", first),
        ("b.txt", "Net Wire", "10", second),
        ("c.txt", "Tech Courier", "11", third),
    ):
        write_article(tmp_path, name, outlet, f"2025-06-02T{hour}:00", f"{LEAD}\n{body}")


def _support_of(tmp_path: Path, words: str) -> list[str]:
    (fact,) = [f for f in story_facts(tmp_path) if any(words in s.text for s in f.support)]
    return [s.text for s in fact.support]


def test_a_possible_reach_and_a_count_done_by_two_sources_stay_apart(tmp_path: Path) -> None:
    _write(
        tmp_path,
        EXPERT,
        "Researchers at software security firm Orlan Labs say attacks based on the "
        "vulnerability are spreading with millions of computers already compromised.",
        "According to researchers at software security firm Orlan Labs, attacks based on "
        'the vulnerability were spreading "like wildfire" with millions of computers '
        "already compromised.",
    )
    support = _support_of(tmp_path, "potentially affecting")
    assert not any("compromised" in text for text in support)


def test_two_sources_of_one_count_in_one_verb_are_one_fact(tmp_path: Path) -> None:
    _write(
        tmp_path,
        EXPERT,
        "Researchers at software security firm Orlan Labs say the vulnerability is "
        "potentially affecting millions of Velo computers.",
        "According to researchers at software security firm Orlan Labs, the vulnerability "
        "is potentially affecting millions of Velo computers.",
    )
    support = _support_of(tmp_path, "Ilse Varn")
    assert any("Orlan Labs" in text for text in support)
