"""Who speaks a quote: a role's living holder, the nearer speaker, the one questioned.

"the judge" after a judge was killed is the other judge named; a speaking "he" after
a sentence whose subject spoke or reminded someone goes on with that subject, not
with a man named further back; an answer after "When asked ..." is the one a question
was put to in the sentence before, whether or not that verb reports words.
"""

from __future__ import annotations

from corrobora.extract.analyze import analyze_article
from corrobora.model import AnalyzedArticle, Quote
from corrobora.settings import AnalyzeParams
from tests.stories import text_article


def _analyzed(text: str) -> AnalyzedArticle:
    return analyze_article(text_article(text, "Valley Ledger"), AnalyzeParams())


def _quote(found: AnalyzedArticle, words: str) -> Quote:
    (quote,) = [q for q in found.quotes if words in q.text]
    return quote


def test_a_role_after_its_holder_was_killed_is_the_living_holder() -> None:
    text = (
        "Gunman sentenced\n\n"
        "Circuit Judge Mira Tolland on Monday sentenced Ansel Vorn to life in prison.\n"
        "Vorn stormed the hall in 2021 and shot and killed Circuit Judge Oren Pask.\n"
        "The judge had a warning for the guards who will watch Vorn:\n"
        '"Never turn your back on him. He will wait for his moment."\n'
    )
    assert _quote(_analyzed(text), "Never turn").speaker_key == "mira tolland"


def test_he_after_a_reminder_is_the_one_who_reminded() -> None:
    text = (
        "Prosecutor seeks jury change\n\n"
        "District Attorney Cole Brandt said Friday that he would ask lawmakers to act.\n"
        '"Jurors who will not deliberate should not sit," Brandt said.\n'
        "Defense lawyers objected to the plan.\n"
        "Ivo Santel, one of the defense lawyers, had reminded the court that unanimity "
        "was not required.\n"
        '"The law shows no preference for a unanimous verdict," he said.\n'
    )
    assert _quote(_analyzed(text), "no preference").speaker_key == "ivo santel"


def test_he_after_a_request_is_the_one_who_asked_not_a_man_named_before() -> None:
    text = (
        "Trial opens in Kelmar\n\n"
        "Police released a letter that Orrin Vasko said he wrote to the family. "
        "Assistant District Attorney Tam Rollo asked the media to keep the names of some "
        'witnesses quiet. "If names appear in the paper, witnesses will stay away," he said.\n'
    )
    assert _quote(_analyzed(text), "names appear").speaker_key == "tam rollo"


def test_an_answer_after_when_asked_is_the_one_questioned() -> None:
    text = (
        "Witness wavers\n\n"
        "Orrin Vasko testified that a friend had been hurt by rivals. "
        "Defence lawyer Piet Lindgren then questioned Vasko about the friend. "
        'When asked about the friend being hurt, he then answered, "I cannot say."\n'
    )
    assert _quote(_analyzed(text), "cannot say").speaker_key == "orrin vasko"
