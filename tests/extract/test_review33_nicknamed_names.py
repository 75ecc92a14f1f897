"""A given name, a quoted nickname and a surname are one person's name.

'Tomas "The Heron" Valdane' is one person, keyed as the person without the nickname
("tomas valdane", so "Valdane" alone later is the same person), even after a dateline
line where the recognizer reads the nickname as a title of its own and the surname as
a person apart; a nickname written alone is no entity with a stray quote mark.
"""

from __future__ import annotations

from corrobora.extract.entities import find_mentions, strip_titles
from corrobora.extract.nlp import parse
from corrobora.settings import DEFAULT_MODEL

from .conftest import build_article


def _mentions(text: str) -> list[tuple[str, str]]:
    found = find_mentions(parse(text, DEFAULT_MODEL), build_article(text))
    return [(m.text, m.key) for m in found]


def test_a_nicknamed_name_after_a_dateline_line_is_one_person() -> None:
    text = (
        "March 2, 2026\n"
        'Tomas "The Heron" Valdane, the harbour boss whose silence earned him the nickname '
        '"The Statue," died in prison Monday. Valdane was 81.'
    )
    mentions = _mentions(text)
    assert ('Tomas "The Heron" Valdane', "tomas valdane") in mentions
    assert ("Valdane", "tomas valdane") in mentions
    assert not any('"' in written and not written.startswith("Tomas") for written, _ in mentions)


def test_a_nicknamed_name_is_keyed_without_the_nickname() -> None:
    text = 'Harbour boss Tomas "The Heron" Valdane died in prison. Valdane was 81.'
    assert ('Tomas "The Heron" Valdane', "tomas valdane") in _mentions(text)


def test_a_credited_nickname_name_resolves_to_the_person() -> None:
    assert strip_titles('Tomas "The Heron" Valdane') == "tomas valdane"
    assert strip_titles("Tomas 'The Heron' Valdane") == "tomas valdane"
