"""The fast attribute component sets exactly what spaCy's attribute ruler sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from corrobora.extract.attributes import FAST_ATTRIBUTES, compile_rules, use_fast_attributes
from corrobora.extract.nlp import load_nlp
from corrobora.settings import DEFAULT_MODEL

from .conftest import SHARED

COLUMNS = [POS, MORPH, LEMMA, TAG]

TEXTS = [
    "Y'all are gonna see it, she said, and we've gotta go. Let's move.",
    "C'mon, there is nothing anyone could do; there were two of them.",
    "He ain't here and it ain't right, but the mayor himself said so.",
    "The council, whose members met on Monday, said that they would vote if asked.",
    "“We will not stop,” said Ms. Okafor, 52, who runs the harbour authority.\n\nLine two.",
    "I'd rather they had said it themselves.  Something was wrong with  the count.",
]


@pytest.fixture(scope="module")
def both() -> tuple[Language, Language]:
    return spacy.load(DEFAULT_MODEL), spacy.load(DEFAULT_MODEL)


def _same_attributes(reference: Language, fast: Language, texts: list[str]) -> None:
    for ref_doc, fast_doc in zip(reference.pipe(texts), fast.pipe(texts), strict=True):
        assert ref_doc.to_array(COLUMNS).tolist() == fast_doc.to_array(COLUMNS).tolist(), (
            ref_doc.text
        )


def test_the_component_takes_the_rulers_place_with_the_same_attributes(
    both: tuple[Language, Language],
) -> None:
    reference, fast = both
    if FAST_ATTRIBUTES not in fast.pipe_names:
        assert use_fast_attributes(fast)
    assert FAST_ATTRIBUTES in fast.pipe_names
    assert "attribute_ruler" not in fast.pipe_names
    assert fast.pipe_names.index(FAST_ATTRIBUTES) < fast.pipe_names.index("lemmatizer")
    _same_attributes(reference, fast, TEXTS)
    assert not use_fast_attributes(fast)  # nothing left to replace


@pytest.mark.shared
def test_same_attributes_on_real_articles(both: tuple[Language, Language]) -> None:
    folder = SHARED / "data" / "polnear" / "dev" / "text"
    if not folder.is_dir():
        pytest.skip(f"{folder} is missing (../shared/data is not beside the repository)")
    reference, fast = both
    if FAST_ATTRIBUTES not in fast.pipe_names:
        assert use_fast_attributes(fast)
    paths: list[Path] = sorted(folder.glob("*.txt"))[:20]
    assert paths
    _same_attributes(reference, fast, [path.read_text(errors="replace") for path in paths])


def test_the_loaded_pipeline_uses_it() -> None:
    nlp = load_nlp(DEFAULT_MODEL)
    assert FAST_ATTRIBUTES in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


@pytest.mark.parametrize(
    "pattern",
    [
        [{"ORTH": "Dr."}],  # an attribute the component does not read
        [{"TAG": "NN", "OP": "+"}],  # a quantifier
        [{"LOWER": {"FUZZY": "colour"}}],  # an operator it does not know
    ],
)
def test_rules_it_cannot_follow_keep_spacys_ruler(pattern: list[dict[str, object]]) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add(patterns=[[{"TAG": "NN"}]], attrs={"POS": "NOUN"})
    ruler.add(patterns=[pattern], attrs={"POS": "PROPN"})
    assert compile_rules(ruler) is None
    assert not use_fast_attributes(nlp)
    assert "attribute_ruler" in nlp.pipe_names


def test_later_rules_win_and_two_token_patterns_set_their_target() -> None:
    reference = spacy.blank("en")
    fast = spacy.blank("en")
    for nlp in (reference, fast):
        ruler = nlp.add_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)
        ruler.add(patterns=[[{"LOWER": "river"}]], attrs={"POS": "NOUN", "LEMMA": "river"})
        ruler.add(patterns=[[{"LOWER": {"IN": ["river", "lake"]}}]], attrs={"POS": "PROPN"})
        ruler.add(
            patterns=[[{"LOWER": "the"}, {"LOWER": {"REGEX": "^riv"}}]],
            attrs={"MORPH": "Definite=Def"},
            index=-1,
        )
        ruler.add(patterns=[[{"IS_SPACE": True}]], attrs={"POS": "SPACE"})
    assert use_fast_attributes(fast)
    texts = ["The river and the lake.", "the River  rose", "river"]
    _same_attributes(reference, fast, texts)
    doc = fast("the river")
    assert [token.pos_ for token in doc] == ["", "PROPN"]
    assert str(doc[1].morph) == "Definite=Def" and doc[1].lemma_ == "river"
