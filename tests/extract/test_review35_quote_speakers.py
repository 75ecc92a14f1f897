"""Speakers read by word order: captions, closing tags past an aside, overheard words."""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _quotes(text: str) -> tuple[Quote, ...]:
    return analyze_article(text_article(text, "Harbour Post"), AnalyzeParams()).quotes


def test_a_caption_credits_the_name_before_the_slash() -> None:
    text = (
        "Defense lawyer Mara Quist said Tomas Kerr was at home that night.\n"
        "Mara Quist/Kerr's Attorney: \"I won't comment on the evidence while the trial goes on.\"\n"
        'Olav Brenn/Harlow County Prosecutor: "The facts will speak for themselves in court."'
    )
    first, second = _quotes(text)
    assert first.speaker == "Mara Quist"
    assert second.speaker == "Olav Brenn"


def test_a_tag_naming_the_speaker_before_a_clause_with_a_name() -> None:
    text = (
        "Tomas Kerr was sentenced to life in prison on Friday.\n"
        '"I don\'t think Tomas Kerr won," said Lena Ostrova, daughter of the court clerk Kerr murdered.\n'
        '"He will never leave that cell."'
    )
    first, second = _quotes(text)
    assert first.speaker == "Lena Ostrova"
    assert second.speaker == "Lena Ostrova"


def test_a_tag_naming_the_speaker_before_a_long_aside() -> None:
    text = (
        "Veskara voted on Sunday.\n"
        '"Nothing will change. The council decides everything," Ruslan Abbat, who grows'
        " apricots in a dry valley, told the Kestrel news agency."
    )
    (quote,) = _quotes(text)
    assert quote.speaker == "Ruslan Abbat"
    assert quote.cue == "tell"


def test_words_overheard_are_not_the_hearers() -> None:
    text = (
        "Dana Pirell was hurt in the crush. Pirell said she heard someone say,"
        ' "The bridge is falling," and ran back to the bank with her daughter.'
    )
    (quote,) = _quotes(text)
    assert quote.speaker is None
