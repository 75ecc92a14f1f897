"""Which words credit a source: acts named by cue words, set-off reports, titled names.

"Admitted herself to a clinic", "was accused of attacking", "said to be", "summoned
to testify", "is writing the film", "a battle is going on" and "the response
indicates" credit no one; "..., the Gazette reports, ..." credits the Gazette;
"according to The Ledger" names an outlet, not an unnamed source.
"""

from __future__ import annotations

from corrobora.model import Attribution, SourceKind
from tests.stories import attributions


def _keys(text: str) -> set[str]:
    return {a.source_key for a in attributions(text, "Morning Courier")}


def _found(text: str) -> tuple[Attribution, ...]:
    return attributions(text, "Morning Courier")


def test_admitting_oneself_to_a_place_credits_no_one() -> None:
    text = "Singer in clinic\n\nOn Friday, Mara Quill admitted herself to the Harlow Clinic.\n"
    assert "mara quill" not in _keys(text)


def test_the_accused_is_no_source_of_the_act() -> None:
    text = (
        "Singer in clinic\n\n"
        "Mara Quill checked in on Friday. Last year, Quill was accused of attacking a nurse.\n"
    )
    assert "mara quill" not in _keys(text)


def test_said_to_be_is_no_statement_of_its_subject() -> None:
    text = (
        "Model dies\n\n"
        "Model Ilse Varga died on Monday. Varga, said to be one of the most painted women "
        "of the past century, became a recluse in recent decades.\n"
    )
    assert _found(text) == ()


def test_summoned_to_testify_states_nothing() -> None:
    text = (
        "Model dies\n\n"
        "Model Ilse Varga has died at the age of 85. In 1955, Varga was summoned to "
        "testify before the U.S. Senate at hearings.\n"
    )
    assert _found(text) == ()


def test_writing_a_film_reports_nothing() -> None:
    text = (
        "Sequel set\n\n"
        "Jon Arby will star in the sequel, while Pia Strand is writing the picture. "
        "Director Oskar Lunn co-wrote the 2001 animated film Beetle Town.\n"
    )
    keys = _keys(text)
    assert "pia strand" not in keys
    assert "oskar lunn" not in keys


def test_writing_that_still_reports() -> None:
    text = "Sequel set\n\nPia Strand wrote on her blog that the sequel is finished.\n"
    assert "pia strand" in _keys(text)


def test_going_on_without_words_credits_no_one() -> None:
    text = (
        "Sequel row\n\n"
        "A feud is going on between the studio and the star. "
        "The film did well, as Red Harbor went on to break records.\n"
    )
    keys = _keys(text)
    assert "feud" not in keys
    assert "red harbor" not in keys


def test_a_thing_that_indicates_is_no_source() -> None:
    text = (
        "Sequel set\n\n"
        "The warm response to Red Harbor indicates that Oskar Lunn is now in demand.\n"
    )
    assert _found(text) == ()


def test_a_set_off_report_inside_the_sentence_credits_the_outlet() -> None:
    text = (
        "Singer in clinic\n\n"
        "The singer, 31, checked in late on Friday night, the Gazette reports, barely "
        "making the deadline.\n"
    )
    (credit,) = _found(text)
    assert credit.source_key == "gazette"
    assert text[credit.content.start : credit.content.end].startswith("The singer, 31")


def test_a_clause_ends_between_words_not_inside_one() -> None:
    text = "Singer hires lawyer\n\nThe Valley Gazette reports that Quill has re-hired lawyer Tom Deel.\n"
    (credit,) = _found(text)
    assert text[credit.content.start : credit.content.end].endswith("Tom Deel")


def test_a_title_after_according_to_is_a_named_outlet() -> None:
    text = (
        "Director out\n\n"
        "Lena Voigt has decided not to direct the sequel, according to The Shortlist.\n"
    )
    (credit,) = _found(text)
    assert credit.source_key == "shortlist"
    assert credit.kind is SourceKind.OUTLET


def test_a_titled_reporter_is_a_named_outlet_also_at_a_sentence_start() -> None:
    text = (
        "Director out\n\n"
        "Lena Voigt will not direct the sequel, The Reporter said. "
        "The Reporter said the studio had paid her $3 million.\n"
    )
    found = _found(text)
    assert len(found) == 2
    assert all(a.kind is SourceKind.OUTLET and a.source_key == "reporter" for a in found)


def test_a_blog_named_after_its_owner_is_the_blog() -> None:
    text = (
        "Director out\n\n"
        "Screenfeed's blog The Clapboard reported that Lena Voigt will not direct the sequel.\n"
    )
    (credit,) = _found(text)
    assert credit.source_key == "clapboard"
