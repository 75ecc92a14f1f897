"""Story names: one name is one alignment term however a claim spells it."""

from __future__ import annotations

from corrobora.align.names import StoryNames
from corrobora.align.similarity import ClaimVectors, claim_terms
from corrobora.model import Claim, Span


def claim(cid: str, text: str, terms: tuple[str, ...], keys: tuple[str, ...] = ()) -> Claim:
    return Claim(cid, cid, Span(0, len(text)), text, 0, terms, keys)


SIGNED = claim(
    "a",
    "Harrowgate Rovers signed striker Dario Menck on Tuesday.",
    ("harrowgate", "rovers", "sign", "striker", "dario", "menck", "tuesday"),
    ("dario menck",),
)
COMPLETED = claim(
    "b",
    "Harrowgate Rovers completed the signing of Menck.",
    ("harrowgate", "rovers", "complete", "signing", "menck"),
    ("harrowgate rovers", "menck"),
)


def test_a_name_the_recognizer_missed_becomes_the_storys_key() -> None:
    names = StoryNames([SIGNED, COMPLETED])
    terms = claim_terms(SIGNED, names)
    assert "@harrowgate rovers" in terms
    assert "harrowgate" not in terms and "rovers" not in terms


KINDS = {"dario menck": {"PERSON"}, "menck": {"PERSON"}, "harrowgate rovers": {"ORG"}}


def test_one_word_of_exactly_one_longer_name_is_that_name() -> None:
    names = StoryNames([SIGNED, COMPLETED], KINDS)
    assert "@dario menck" in claim_terms(COMPLETED, names)
    assert "@menck" not in claim_terms(COMPLETED, names)


def test_a_short_name_of_another_kind_stays_as_it_is() -> None:
    """The town of Dravik is not Radio Dravik."""
    town = claim("g", "A leak in Dravik killed three.", ("leak", "kill"), ("dravik",))
    radio = claim("h", "Radio Dravik said so.", ("say",), ("radio dravik",))
    kinds = {"dravik": {"GPE"}, "radio dravik": {"ORG"}}
    assert "@dravik" in claim_terms(town, StoryNames([town, radio], kinds))
    assert "@dravik" in claim_terms(town, StoryNames([town, radio]))


def test_a_lower_case_word_is_no_name() -> None:
    """ "the rovers" in lower case is a word, even where a story names Harrowgate Rovers."""
    plain = claim("c", "The harrowgate rovers walked the hills.", ("harrowgate", "rovers", "walk"))
    names = StoryNames([plain, COMPLETED])
    assert claim_terms(plain, names) == ("harrowgate", "rovers", "walk")


def test_a_word_of_two_longer_names_stays_as_it_is() -> None:
    senna = claim("d", "Senna said so.", ("senna",), ("senna",))
    group = claim(
        "e", "Senna Terminals Group offered 4 percent.", ("offer",), ("senna terminals group",)
    )
    gulf = claim("f", "Ships waited in the Gulf of Senna.", ("ship", "wait"), ("gulf of senna",))
    kinds = {"senna": {"ORG"}, "senna terminals group": {"ORG"}, "gulf of senna": {"ORG"}}
    assert "@senna" in claim_terms(senna, StoryNames([senna, group, gulf], kinds))


def test_two_spellings_of_one_name_meet_in_alignment() -> None:
    vectors = ClaimVectors.build([SIGNED, COMPLETED], kinds=KINDS)
    assert {"@harrowgate rovers", "@dario menck"} <= set(vectors.terms("a")) & set(
        vectors.terms("b")
    )
