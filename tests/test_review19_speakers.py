"""Who a speaking "he" or "she" refers to (review 19).

A pronoun refers to the nearest speaker its gender agrees with, as the article itself
shows it: an honorific ("Ms Holst") or a gendered role noun ("a spokesman") puts a
person out of reach of the other gender's pronoun. A name in apposition to a cue's
subject ("A spokesman for the Harbour Board, Tomas Brekke, said") is such a speaker,
and an unnamed spokesman who spoke last is the one "he" refers to: his organization,
never a woman named before him.
"""

from __future__ import annotations

from pathlib import Path

from corrobora import api
from corrobora.extract.cues import ArticleIndex
from corrobora.extract.entities import find_mentions
from corrobora.extract.nlp import parse
from corrobora.model import SourceKind
from corrobora.settings import AnalyzeParams, ReconcileParams, Settings
from tests.stories import attributions, credit_of, story_facts, text_article, write_article

POST = ("Ostvik Post", "2027-04-14T09:00:00+00:00")
HERALD = ("Lerwick Herald", "2027-04-14T11:00:00+00:00")

APPOSED = (
    "Ostvik's finance minister, Maren Holst, has resigned. Ms Holst has denied any "
    'wrongdoing, saying she "followed the rules".\n\n'
    "A spokesman for the Ostvik Chamber of Commerce, Tomas Brekke, said members had raised "
    "concerns about the sale last year.\n\n"
    '"We asked for the accounts twice," he said.'
)

UNNAMED = (
    "Maren Holst stepped down as finance minister on Tuesday.\n\n"
    "The Audit Commission has opened an inquiry into the sale of the harbour, a "
    "spokesman for the commission told the Post. He said the inquiry would examine "
    '"every payment made", but would not say whether Ms Holst was under investigation.'
)

HONORIFIC = (
    "Ingrid Sollie, the board's chair, opened the meeting on Monday. Mr Aksel Lund, the "
    "treasurer, said the figures did not add up.\n\n"
    "She said the board would publish the accounts in May."
)


def test_he_is_the_man_named_beside_the_speaking_spokesman() -> None:
    found = attributions(APPOSED, "Lerwick Herald")
    credit = credit_of(found, "he said", APPOSED)
    assert (credit.source_key, credit.kind) == ("tomas brekke", SourceKind.PERSON)


def test_he_after_an_unnamed_spokesman_is_his_office_not_a_woman() -> None:
    found = attributions(UNNAMED, "Ostvik Post")
    credits = [a for a in found if "He said" in UNNAMED[a.span.start : a.span.end]]
    assert credits
    for credit in credits:
        assert credit.source_key != "maren holst"
        assert (credit.source_key, credit.kind) == ("audit commission", SourceKind.ORGANIZATION)


def test_she_passes_over_a_man_for_the_woman_before_him() -> None:
    found = attributions(HONORIFIC, "Lerwick Herald")
    credit = credit_of(found, "She said", HONORIFIC)
    assert credit.source_key == "ingrid sollie"


def test_quotes_go_to_the_speakers_the_pronouns_agree_with(tmp_path: Path) -> None:
    write_article(tmp_path, "post.txt", *POST, UNNAMED)
    write_article(tmp_path, "herald.txt", *HERALD, APPOSED)
    facts = story_facts(tmp_path)
    payments = [f for f in facts if any("every payment made" in s.text for s in f.support)]
    accounts = [f for f in facts if any("accounts twice" in s.text for s in f.support)]
    assert payments and accounts
    assert all("maren holst" not in f.origins for f in payments + accounts)
    assert any(f.origins == ("audit commission",) for f in payments)


def test_a_gender_is_known_only_from_the_article_itself() -> None:
    text = (
        "Lena Dahl, the port's spokeswoman, said the ferry would sail on Friday. Mr Ove Rud "
        "said the crew was ready. Kari Moen, the harbour master, said the weather was fine."
    )
    article = text_article(text, "Ostvik Post")
    doc = parse(text, AnalyzeParams().model)
    index = ArticleIndex(doc, article, find_mentions(doc, article), ())
    assert index.genders.get("lena dahl") == "f"
    assert index.genders.get("ove rud") == "m"
    assert "kari moen" not in index.genders


def test_she_after_a_subject_the_recognizer_missed_is_not_the_person_before(
    tmp_path: Path,
) -> None:
    write_article(
        tmp_path, "a.txt", *POST,
        'Judge Annika Roos said the ministry had "failed to show any defect in the '
        'notices served".\n\nIlse Marrow, the union\'s general secretary, welcomed the '
        'decision. "Today the court confirmed what nurses knew all along: we followed every '
        'rule," she said outside the court.',
    )  # fmt: skip
    settings = Settings(reconcile=ReconcileParams(embeddings="none"))
    (report,) = api.compare([tmp_path], settings).reports
    speakers = {g.speaker_key for g in report.reconciliation.quotes if "every rule" in str(g)}
    assert speakers and "annika roos" not in speakers
