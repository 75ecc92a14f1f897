"""Origins of a story's facts when roles, bodies and long names credit them (review 10).

A statement credited to "his lawyer Mira Oldfield" in one outlet and to "Defence lawyer
Mira Oldfield" in another has one origin; so has one credited to "prosecutors" or to
"river police" by two outlets, one credited to "the Carrowmere fire brigade" and to
"the fire brigade", and the company's word quoted as "the company said" and as
"Halcyra Pharmaceuticals said". A regulator's order to the company keeps the regulator
and the company two origins.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import Attribution, SourceKind, Span
from corrobora.reconcile.origins import fuller_keys

from .stories import fact_with, write_article


def _story(folder: Path, first: str, second: str) -> None:
    write_article(folder, "a.txt", "Lakeside Gazette", "2026-11-12T10:00:00Z", first)
    write_article(folder, "b.txt", "Hillcrest Times", "2026-11-12T12:00:00Z", second)


def test_a_lawyer_named_after_his_role_is_one_origin(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Osric Tallant was jailed for fraud on Thursday. Defence lawyer Mira Oldfield said "
        "Tallant will appeal against the verdict.",
        "A court sent Osric Tallant to prison on Thursday. Tallant will appeal against the "
        "verdict, his lawyer Mira Oldfield said.",
    )
    assert fact_with(tmp_path, "appeal").origins == ("mira oldfield",)


def test_prosecutors_quoted_by_two_outlets_are_one_origin(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Osric Tallant was jailed for fraud on Thursday. Investors lost about 31 million "
        "euros when the firm collapsed, prosecutors told the court.",
        "A court sent Osric Tallant to prison on Thursday. Investors lost about 31 million "
        "euros when the firm collapsed, according to prosecutors.",
    )
    assert len(fact_with(tmp_path, "Investors lost").origins) == 1


def test_river_police_quoted_by_two_outlets_are_one_origin(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "A grain barge struck one of the piers minutes before the bridge collapsed into the "
        "Velt river, river police said.",
        "A grain barge hit one of the bridge's piers minutes before the collapse, river "
        "police said.",
    )
    assert fact_with(tmp_path, "grain barge").origins == ("river police",)


def test_a_town_fire_brigade_and_the_fire_brigade_are_one_origin(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "A road bridge over the Velt river collapsed at Carrowmere early on Tuesday.\n\n"
        "Three people were killed, the Carrowmere fire brigade said.",
        "Commuters watched as the Saltbeck Bridge folded into the Velt on Tuesday.\n\n"
        "Three people died, the fire brigade said.",
    )
    assert fact_with(tmp_path, "Three people").origins == ("carrowmere fire brigade",)


def test_the_company_beside_its_product_is_the_company(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "Halcyra Pharmaceuticals is recalling 12 batches of its blood-pressure drug Normatel "
        "after tests found an impurity, the company said on Tuesday.",
        "Halcyra Pharmaceuticals said on Tuesday it was recalling 12 batches of Normatel "
        "after finding an impurity.",
    )
    assert fact_with(tmp_path, "12 batches").origins == ("halcyra pharmaceuticals",)


def test_a_regulator_ordering_a_company_does_not_absorb_the_company(tmp_path: Path) -> None:
    _story(
        tmp_path,
        "The National Medicines Authority ordered Halcyra Pharmaceuticals on Tuesday to "
        "recall 12 batches of Normatel, a blood-pressure drug.\n\nThe recalled batches make "
        "up 3 percent of Normatel tablets sold in Estrovia, the authority said.",
        "Halcyra Pharmaceuticals is recalling 12 batches of its blood-pressure drug "
        "Normatel, the company said on Tuesday.\n\nThe recalled batches make up 3 percent "
        "of Normatel tablets sold in Estrovia, Halcyra Pharmaceuticals said.",
    )
    origins = fact_with(tmp_path, "3 percent").origins
    assert origins == ("halcyra pharmaceuticals", "national medicines authority")


def _credit(name: str) -> Attribution:
    key = " ".join(name.lower().split())
    kind = SourceKind.ORGANIZATION
    return Attribution("a", Span(0, 1), Span(2, 3), name, key, kind, "say")


def test_words_holding_a_verb_are_no_fuller_name() -> None:
    fuller = fuller_keys(
        [
            _credit("National Medicines Authority ordered Halcyra Pharmaceuticals"),
            _credit("Halcyra Pharmaceuticals"),
        ]
    )
    assert "halcyra pharmaceuticals" not in fuller


def test_a_name_joined_by_of_is_still_a_fuller_name() -> None:
    fuller = fuller_keys([_credit("Central Bank of Estria"), _credit("Estria")])
    assert fuller == {"estria": "central bank of estria"}
