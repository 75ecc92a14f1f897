"""Two terms that differ by a written fraction disagree; one quote told alike does not.

"sentenced to 2 years" and "sentenced to 2 1/2 years" state two terms; and two reports
that quote the same words with a "never" in them, one of them narrating the act that
framed the quote, do not negate each other.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind

from .stories import story_facts, write_article


def test_a_term_with_a_written_fraction_conflicts_with_the_whole_term(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Ledger",
        "2026-03-10T18:00:00",
        "Orrin Vale, 41, was charged with arson on Tuesday.\n"
        "In 2012 he was convicted of setting fire to a barn.\n"
        "He was sentenced to 3 years, with 8 months to serve in that case.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastline Daily",
        "2026-03-10T20:00:00",
        "Police said Orrin Vale, 41, faces an arson charge after a fire at a farm.\n"
        "Court records show Vale set fire to a barn in 2012.\n"
        "He was sentenced to 3 1/2 years, with 8 months to serve in that case.",
    )
    facts = [f for f in story_facts(tmp_path) if any("sentenced" in s.text for s in f.support)]
    assert facts
    kinds = {c.kind for f in facts for c in f.conflicts}
    assert ConflictKind.NUMBER in kinds


def test_one_quote_with_a_never_told_by_two_reports_is_no_negation(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "Harbor Ledger",
        "2026-03-10T18:00:00",
        "Dale Hurst, 35, was charged with murder on Tuesday.\n"
        "In 2011, Hurst was convicted of striking Lena Marr and holding a gun to her head, "
        'according to court records, which show he told her, "You will never see your kids '
        'again," the newspaper reported.',
    )
    write_article(
        tmp_path,
        "b.txt",
        "Coastline Daily",
        "2026-03-10T20:00:00",
        "Police said Dale Hurst, 35, faces a murder charge after the death of Lena Marr.\n"
        "In 2011, Hurst was convicted of striking Lena, holding a gun to her head, and "
        'telling her, "you will never see your kids again," according to court records.',
    )
    kinds = {c.kind for f in story_facts(tmp_path) for c in f.conflicts}
    assert ConflictKind.NEGATION not in kinds
