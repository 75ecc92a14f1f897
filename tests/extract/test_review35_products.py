"""Products and file names in technology reports are no people and no bodies.

"Mozilla's Firefox" makes Mozilla a body (its owner of a product), "Internet Explorer
(IE)" makes "IE" a product that "the software giant" never refers to, and the tail of
a file name split at its dot ("iexplore. exe") names no one.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import EntityKind, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, text_article


def _kinds(text: str) -> dict[str, EntityKind]:
    doc = parse(text, AnalyzeParams().model)
    return {m.key: m.kind for m in find_mentions(doc, text_article(text, "Orvane Tech"))}


def test_the_owner_of_a_named_product_is_an_organization() -> None:
    text = "Mozilla's Firefox browser was hit. Mozilla said the flaw was serious."
    assert _kinds(text)["mozilla"] is EntityKind.ORGANIZATION
    credit = credit_of(attributions(text, "Orvane Tech"), "said", text)
    assert credit.kind is SourceKind.ORGANIZATION


def test_a_product_short_form_in_brackets_is_no_body() -> None:
    text = (
        "Microsoft has warned that a flaw in Internet Explorer (IE) lets attackers run code. "
        "The flaw affects IE 6 and IE 7. "
        "The software giant said a patch was being prepared."
    )
    assert _kinds(text)["ie"] is EntityKind.OTHER
    credit = credit_of(attributions(text, "Orvane Tech"), "giant said", text)
    assert credit.source_key == "microsoft"


def test_a_body_short_form_in_brackets_stays_a_body() -> None:
    text = "The Federal Aviation Administration (FAA) said on Monday the jets were safe."
    assert _kinds(text)["federal aviation administration"] is EntityKind.ORGANIZATION


def test_the_tail_of_a_split_file_name_is_no_speaker() -> None:
    text = "The virus copies itself into a file called iexplore. exe, said Graham Cluley."
    credit = credit_of(attributions(text, "Orvane Tech"), "said", text)
    assert credit.source_key == "graham cluley"


def test_a_lower_case_name_alone_names_no_one() -> None:
    text = "A worm saves itself as iexplore. exe warns the user it is safe."
    assert all(a.source_key != "exe" for a in attributions(text, "Orvane Tech"))
