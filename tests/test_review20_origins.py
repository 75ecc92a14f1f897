"""Origin keys of a company's spokesman, of "the company" and of bodies beside places (review 20).

"Jonas Fell, a company spokesman" and "a company spokesman, Jonas Fell" speak for the
article's one company, as "the company's spokesman" does; "the company" is the story's
one company, even one named only where it is credited ("Corran Rail Freight said"),
which the recognizer may not take for a name at all. A town is never the body a noun
names: "the company" or "the national highways operator" is no place the statement
credited to it mentions, even where the recognizer took the town for an organization.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, EntityKind
from corrobora.reconcile.origins import described_organizations
from corrobora.settings import AnalyzeParams

from .stories import fact_with, text_article, write_article

_SPILL = (
    "A tanker lorry overturned near Morvane early on Friday, spilling diesel into a canal.\n\n"
    "Holmgard Logistics said the spill had been stopped. "
)
_QUESTIONS = (
    "Holmgard Logistics faced questions on Saturday after inspectors found diesel in a "
    "reservoir near the village of Morvane.\n\nThe Lowmere Water Board said it had closed "
    "the reservoir. On Friday the company had insisted the canal was safe for boats."
)


def _spill(folder: Path, spokesman: str) -> None:
    """The company's spokesman in one article, "the company" saying the same in another."""
    write_article(folder, "post.txt", "Kellsby Post", "2027-04-02T07:00:00+01:00", spokesman)
    write_article(
        folder, "star.txt", "Varrow Evening Star", "2027-04-03T16:00:00+01:00", _QUESTIONS
    )


def test_a_company_spokesman_after_his_name_speaks_for_the_company(tmp_path: Path) -> None:
    _spill(
        tmp_path, _SPILL + '"The canal is safe for boats," said Jonas Fell, a company spokesman.'
    )
    fact = fact_with(tmp_path, "safe for boats")
    assert fact.origins == ("holmgard logistics",)


def test_a_company_spokesman_before_his_name_speaks_for_the_company(tmp_path: Path) -> None:
    _spill(tmp_path, _SPILL + "A company spokesman, Jonas Fell, said the canal was safe for boats.")
    fact = fact_with(tmp_path, "safe for boats")
    assert fact.origins == ("holmgard logistics",)


def test_the_company_is_the_one_named_only_by_its_credit(tmp_path: Path) -> None:
    write_article(
        tmp_path, "post.txt", "Kellsby Post", "2027-04-02T07:00:00+01:00",
        "A tanker lorry overturned outside Morvane late on Friday, and diesel is leaking into "
        "a canal.\n\nCorran Rail Freight said the leak was contained and the canal was safe "
        "for boats.",
    )  # fmt: skip
    write_article(
        tmp_path, "star.txt", "Varrow Evening Star", "2027-04-03T16:00:00+01:00",
        "Inspectors confirmed on Sunday that diesel from an overturned lorry had reached a "
        "reservoir near the village of Morvane.\n\nThe Lowmere Water Board said it had found "
        "diesel in the reservoir. On Saturday the company had insisted the canal was safe for "
        "boats.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "the company had insisted")
    assert fact.origins == ("corran rail freight",)


def _as_organization(analysis: AnalyzedArticle, key: str) -> AnalyzedArticle:
    """``analysis`` with the recognizer's mistake of taking the name ``key`` for a body."""
    mentions = tuple(
        replace(m, kind=EntityKind.ORGANIZATION) if m.key == key else m for m in analysis.mentions
    )
    return replace(analysis, mentions=mentions)


def test_a_body_noun_never_takes_the_key_of_a_town_taken_for_a_body() -> None:
    spill = analyze_article(
        text_article(
            "A tanker lorry overturned near Morvane on Friday.\n\n"
            "The company said its own crews were on their way to Morvane.\n\n"
            "The road into Morvane will stay shut until Monday, the national highways "
            "operator said.",
            "Kellsby Post",
        ),
        AnalyzeParams(),
    )
    mayor = analyze_article(
        text_article(
            "Morvane's mayor, Ada Lunde, said the lorry belonged to Holmgard Logistics.",
            "Varrow Evening Star",
        ),
        AnalyzeParams(),
    )
    found = described_organizations([spill, _as_organization(mayor, "morvane")])
    assert found.get("company") == "holmgard logistics"
    assert "national highways operator" not in found


def test_a_town_a_road_runs_to_is_no_operator(tmp_path: Path) -> None:
    write_article(
        tmp_path, "post.txt", "Kellsby Post", "2027-04-02T07:00:00+01:00",
        "A tanker lorry operated by Holmgard Logistics overturned near Morvane early on Friday, "
        "spilling diesel into a canal.\n\nThe company said its own crews were on their way "
        "to Morvane.\n\nThe road between Morvane and Tessel will stay shut until Monday, the "
        "national highways operator said.",
    )  # fmt: skip
    write_article(
        tmp_path, "star.txt", "Varrow Evening Star", "2027-04-03T16:00:00+01:00",
        "Diesel from an overturned lorry has reached a reservoir near Morvane, the Lowmere "
        "Water Board said on Saturday.",
    )  # fmt: skip
    fact = fact_with(tmp_path, "will stay shut")
    assert fact.origins == ("national highways operator",)
