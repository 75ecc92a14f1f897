"""Who speaks: never a person named in the words reported, the one who adds, surnames.

"Nixon never called, he said" and "the prosecutor claimed that Venti was ..." are about
the person named, said by someone else; '"...," he added' goes on with the speaker of
the quote before; "Brees said" after "quarterback Drew Brees said" is that person, and
'"...," added Immelman who ...' has its inverted speaker.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Quote, SourceKind
from corrobora.settings import AnalyzeParams
from tests.stories import attributions, credit_of, text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Harbour Courier"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


# --- a name inside the words reported is not who reports them ------------------------


def test_a_role_subject_is_not_the_person_named_in_its_claim() -> None:
    text = (
        "Smuggler Oskar Lind died on Sunday in prison.\n"
        "In 1988 Lind was charged with the robbery of Tomas Berg, a jeweller.\n"
        "The prosecutor in the Berg case claimed that Lind was "
        '"a cold thief who planned every detail for months."\n'
    )
    found = attributions(text, "Harbour Courier")
    credit = credit_of(found, "claimed", text)
    assert credit.source_key not in ("oskar lind", "tomas berg")
    assert credit.kind is SourceKind.ANONYMOUS


def test_he_is_not_the_person_named_in_the_words_he_frames() -> None:
    text = (
        "Jonas Vik, a former port manager, died on Friday. He was 81.\n"
        "Mayor Karl Holt admitted his own part in the deal.\n"
        "Mr. Vik backed Holt's account in a 2004 interview.\n"
        "Mr. Vik's main point was that he had kept the harbour log that winter.\n"
        "Holt never signed the log, he said in an interview with a local radio station.\n"
    )
    found = attributions(text, "Harbour Courier")
    credit = credit_of(found, "he said", text)
    assert credit.source_key == "jonas vik"


def test_he_after_a_telegram_is_its_sender_not_the_man_he_praises() -> None:
    text = (
        "The archive released letters urging the board to appoint Ivar Dahl as director.\n"
        "Lena Moberg, a retired judge who then led the bar association, asked the board "
        "in a telegram to choose a career professional.\n"
        '"Mr. Dahl is a man of outstanding loyalty and character," he said.\n'
    )
    assert _quote(_analyzed(text), "outstanding loyalty").speaker_key != "ivar dahl"


# --- "he added" goes on with the speaker of the quote before --------------------------


def test_he_added_stays_with_the_lawyer_who_spoke_before() -> None:
    text = (
        "Smuggler Oskar Lind died Monday in prison, officials said.\n"
        "Although Lind ran the ring from his cell, the gang split after he was jailed.\n"
        "Lawyer Petra Aske, who led Lind's defence, said Monday that Lind had been ill.\n"
        '"Oskar was very frail, and the prison care was poor," Aske said.\n'
        '"The family is very close, and I feel bad for them," he added.\n'
    )
    found = _analyzed(text)
    assert _quote(found, "very frail").speaker_key == "petra aske"
    assert _quote(found, "family is very close").speaker_key == "petra aske"


# --- a surname, an inverted speaker with a relative clause ---------------------------


def test_a_surname_opening_a_sentence_is_the_person_named_before() -> None:
    text = (
        "Tor Nes was placed on injured reserve on Wednesday with a sore knee.\n"
        '"That hurts," striker Anders Brees said of the loss of both wingers.\n'
        "Brees said he remained hopeful the squad could cope with the injuries.\n"
    )
    found = attributions(text, "Harbour Courier")
    (credit,) = [a for a in found if "hopeful" in text[a.content.start : a.content.end]]
    assert (credit.source_key, credit.kind) == ("anders brees", SourceKind.PERSON)


def test_an_inverted_speaker_with_a_relative_clause_speaks() -> None:
    text = (
        "Masters champion Pieter Immelman has become the fourth South African to be "
        "awarded honorary life membership of the Coastal Tour.\n"
        '"I actually have goosebumps just thinking about this," said the 29-year-old on '
        "the eve of the Cape Open in Knysna.\n"
        '"To become an honorary life member is something extremely special I will cherish '
        'for the rest of my life," added Immelman who follows in the footsteps of '
        "compatriots Jan Holm, Piet Els and Ruan Smit.\n"
    )
    found = _analyzed(text)
    assert _quote(found, "will cherish").speaker_key == "pieter immelman"
