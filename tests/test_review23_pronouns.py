"""A "she said" after a name the recognizer missed, and a body owned by a place.

"Ilse Tolland, the chief engineer of the authority, urged drivers ... '...,' she said":
the pronoun is Tolland, named in the sentence before, even where no entity mention
covers her name; crediting it to an unnamed "she" would make the outlet a second
origin of her words. "Skarde's roads regulator ... Ilse Tolland, the regulator's chief
engineer" speaks for the regulator, not for the place that owns it.
"""

from __future__ import annotations

from pathlib import Path

from corrobora.model import SourceKind

from .stories import attributions, credit_of, fact_with, write_article

_TITLE = "Varn bridge closed"
_QUOTE = '"Drivers should keep to the marked routes until the bridge reopens,"'
_NAMED = (
    "The Varn bridge stayed closed to heavy lorries on Tuesday.\n\n"
    "Ilse Tolland, the chief engineer of the Skarde Roads Authority, urged drivers again "
    f"to be patient. {_QUOTE} she said."
)


def test_she_is_the_unlabelled_name_of_the_sentence_before() -> None:
    found = attributions(_NAMED, "Ostra Radio")
    said = credit_of(found, "she said", _NAMED)
    assert said.source_key == "ilse tolland"
    assert said.kind is SourceKind.PERSON


def test_one_quote_of_one_official_is_one_origin(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tollby Wire", "2027-04-12T09:00:00Z",
        f"{_QUOTE[:-2]}\", said Ilse Tolland, the chief engineer of the Skarde Roads "
        "Authority.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostra Radio", "2027-04-13T15:00:00Z", _NAMED, title=_TITLE
    )  # fmt: skip
    fact = fact_with(tmp_path, "marked routes")
    assert fact.origins == ("skarde roads authority",)
    assert fact.independent_support == 1


def test_a_place_owning_a_body_is_not_the_body(tmp_path: Path) -> None:
    write_article(
        tmp_path, "a.txt", "Tollby Wire", "2027-04-12T09:00:00Z",
        "Skarde's roads regulator on Monday closed the Varn bridge to heavy lorries.\n\n"
        f"{_QUOTE[:-2]}\", said Ilse Tolland, the regulator's chief engineer.", title=_TITLE,
    )  # fmt: skip
    write_article(
        tmp_path, "b.txt", "Ostra Radio", "2027-04-13T15:00:00Z", _NAMED, title=_TITLE
    )  # fmt: skip
    fact = fact_with(tmp_path, "marked routes")
    assert fact.origins == ("skarde roads authority",)
