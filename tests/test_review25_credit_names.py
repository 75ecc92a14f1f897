"""Who a credit names: the story's company, an outlet's scoop, a role's named holder.

"The company denied any negligence" after "the Marnholt Chemical plant in Kessby" is
the company's denial, never the town's; "Marnholt denies negligence" is the company's
word too. A document "first reported by" a newspaper is that newspaper's scoop, and
"the baker, Per Ostlund, told the paper" names the baker.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article


def test_the_company_is_the_named_company_not_the_town() -> None:
    text = (
        "The explosion at the Marnholt Chemical plant in Kessby on Tuesday killed a"
        " maintenance worker, the fire brigade said. The company denied any negligence."
    )
    found = credit_of(attributions(text, "The Evening Lamp"), "The company", text)
    assert found.source_key == "marnholt chemical"


def test_the_company_of_a_plant_in_a_town_is_no_town() -> None:
    text = (
        "The explosion at the chemical plant in Kessby on Tuesday killed a maintenance"
        " worker, the fire brigade said. The company denied any negligence."
    )
    found = credit_of(attributions(text, "The Evening Lamp"), "The company", text)
    assert found.source_key != "kessby"


def test_a_denial_by_a_named_company_is_its_statement(tmp_path: Path) -> None:
    write_article(
        tmp_path,
        "a.txt",
        "The Evening Lamp",
        "2026-05-04T10:00:00",
        "The explosion at the Marnholt Chemical plant in Kessby on Tuesday killed a"
        " maintenance worker, the fire brigade said. The company denied any negligence.",
    )
    write_article(
        tmp_path,
        "b.txt",
        "Tarn Valley Times",
        "2026-05-05T10:00:00",
        "Safety inspectors visited the Marnholt Chemical plant in Kessby three times last"
        " year, the labour ministry said on Tuesday. Marnholt denies negligence.",
    )
    fact = fact_with(tmp_path, "denied any negligence")
    assert fact.origins == ("marnholt chemical",)


def test_a_scoop_first_reported_by_an_outlet_is_its_origin() -> None:
    text = (
        "The mill was told about cracked boilers in May, according to an internal report"
        " first reported by The Brenmoor Sentinel."
    )
    found = credit_of(attributions(text, "Tarn Valley Times"), "according to", text)
    assert found.source_key == "brenmoor sentinel"
    assert found.kind is SourceKind.OUTLET


def test_a_role_with_a_name_set_off_by_commas_is_that_person() -> None:
    text = (
        "Six sheep died in a field beside the mill after the smoke drifted over,"
        " the baker, Per Ostlund, told the Sentinel."
    )
    found = credit_of(attributions(text, "The Brenmoor Sentinel"), "told", text)
    assert found.source_key == "per ostlund"
    assert found.kind is SourceKind.PERSON
