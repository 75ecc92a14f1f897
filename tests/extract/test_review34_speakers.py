"""Who answers a question, who a far pronoun is, what a firm's issuing reports.

"When I asked Alder if ..., he said" is the one asked answering; a "he" many sentences
after the last named subject, with other people named since, is no one known; "the
software giant" after a company is that company, never the country before it; issuing
a patch is an act, not a report.
"""

from __future__ import annotations

from corrobora.model import SourceKind
from tests.stories import attributions, credit_of


def test_the_one_asked_answers_in_the_same_sentence() -> None:
    text = (
        "Rob Alder remembers little about the night he passed Tom Berry.\n"
        "He believes he broke the record late in the first half.\n"
        "In fact, Berry was not even there that night because he was ill.\n"
        "When I asked Alder if he still has the trophy, he said he thought he might.\n"
    )
    found = attributions(text, "Lindqvist Wire")
    assert credit_of(found, "he said", text).source_key == "rob alder"


def test_a_far_pronoun_with_others_named_since_is_no_one_known() -> None:
    text = (
        "Rob Alder, meanwhile, made a quiet entrance and waited for history to arrive.\n"
        "After it did, he thanked Coach Lee, Tim Varga, and the university for asking him "
        "to be a part of the night.\n"
        '"It\'s a dream come true for me," he said.\n'
        "The first points came from the foul line.\n"
        "The next points rapidly followed on a series of jumpers, well beyond the range "
        "anyone expected the brawling forward to hit.\n"
        "Then there was the struggle, as teammates worked to get him the ball.\n"
        "Having told everyone he wanted to break the record on a three, he camped out on "
        "the wing for one possession.\n"
    )
    found = attributions(text, "Lindqvist Wire")
    credit = credit_of(found, "told everyone", text)
    assert credit.source_key != "rob alder"


def test_a_described_company_is_the_company_not_its_country() -> None:
    text = (
        "Harwick Systems released a fix for its browser on Tuesday.\n"
        'The fix closes a hole that "could allow remote code execution," the software '
        "giant said in a statement.\n"
        "The US software giant said on Tuesday that it mobilized teams worldwide.\n"
    )
    found = attributions(text, "Lindqvist Wire")
    for words in ("the software giant said", "The US software giant said"):
        credit = credit_of(found, words, text)
        assert credit.source_key == "harwick systems"
        assert credit.kind is SourceKind.ORGANIZATION


def test_issuing_a_patch_credits_no_one() -> None:
    text = (
        "As it promised [Tuesday], Harwick Corp. today issued an emergency patch to plug a "
        "critical hole in its browser that attackers have been increasingly exploiting.\n"
        "Harwick Corp. also issued a warning to users.\n"
    )
    found = attributions(text, "Lindqvist Wire")
    assert not [a for a in found if "patch" in text[a.content.start : a.content.end]]
    assert credit_of(found, "also issued", text).source_key == "harwick corp"


def test_a_belief_hung_on_a_thing_in_the_object_is_the_subjects() -> None:
    text = (
        "A Chinese security firm, Knowsec, released details of the loophole believing "
        "Harwick had already issued a fix.\n"
    )
    found = attributions(text, "Lindqvist Wire")
    credit = credit_of(found, "believing", text)
    assert credit.source_key == "knowsec"
    assert credit.kind is SourceKind.ORGANIZATION
