"""Correction notices withdraw only their own outlet's figures; a split label still opens one.

A later notice ("Correction: ... we incorrectly reported nine months") takes back what
its outlet reported, not the same figure another outlet gave, which stays a
disagreement. A "Correction:" label the sentence splitter cuts off as a sentence of its
own still makes the sentence after it the notice's text. An act looked for ("is
expected to be fined") is weighed like the same act told in a plain future.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import ConflictKind, ConflictNature

from .stories import fact_with, write_article

_LEAD = (
    "Former harbour director Mirela Vostic was {verb} to {n} months in jail on Monday for fraud."
)


def test_a_notice_withdraws_only_its_own_outlets_figure(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lakeside Radio", "2026-05-04T08:00:00",
        "Former harbour director Mirela Vostic will be sentenced to nine months in jail "
        "on Monday for fraud, two court clerks told Lakeside Radio.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orvane Wire", "2026-05-04T12:00:00",
        _LEAD.format(verb="sentenced", n="six"),
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Valley Gazette", "2026-05-04T13:00:00",
        _LEAD.format(verb="sentenced", n="nine"),
    )  # fmt: skip
    write_article(
        tmp_path, "d.txt", "Valley Gazette", "2026-05-05T09:00:00",
        _LEAD.format(verb="sentenced", n="six")
        + "\n\nCorrection: An earlier version of this article said that Vostic was "
        "sentenced to nine months in jail. The article was corrected on Tuesday: she was "
        "sentenced to six months.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "told Lakeside Radio")
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    radio = [c for c in numbers if any("Lakeside Radio" in v.text for v in c.values)]
    assert radio
    assert all(c.nature is ConflictNature.DISAGREEMENT for c in radio)


def test_a_claim_after_a_split_correction_label_is_the_notice(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Northshore FM", "2026-06-02T16:00:00",
        "Thousands of farmers drove tractors into Telvik on Tuesday. Police estimated "
        "the crowd at 62,000. The convoy started at the ring road.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Eastmark Press", "2026-06-02T17:30:00",
        "Farmers drove thousands of tractors into Telvik on Tuesday. Police estimated "
        "the crowd at 26,000. The convoy set off from the ring road.",
    )  # fmt: skip
    write_article(
        tmp_path, "c.txt", "Northshore FM", "2026-06-03T12:00:00",
        "Farm unions announced a second protest day after Tuesday's convoy into Telvik."
        "\n\nCorrection: In a report on Tuesday, Northshore FM said police had estimated "
        "the crowd in Telvik at 62,000. The police estimate was 26,000.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "the crowd at 62,000")
    numbers = [c for c in fact.conflicts if c.kind is ConflictKind.NUMBER]
    assert numbers
    assert all(c.nature is ConflictNature.CORRECTION for c in numbers)


def test_an_expected_act_and_a_plain_future_of_it_conflict(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Lakeside Radio", "2026-05-04T07:00:00",
        "Former harbour director Mirela Vostic is expected to be sentenced to nine months "
        "in jail on Monday, two court clerks told Lakeside Radio.",
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Orvane Wire", "2026-05-04T07:40:00",
        "Former harbour director Mirela Vostic will be sentenced to six months in jail on "
        "Monday, according to a person who has seen the draft ruling.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "told Lakeside Radio")
    assert any("six months" in s.text for s in fact.support)
    assert ConflictKind.NUMBER in {c.kind for c in fact.conflicts}
