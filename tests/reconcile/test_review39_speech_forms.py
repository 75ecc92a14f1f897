"""One set of the forms of the verbs of speech serves every date rule.

A date next to a verb of speech dates a saying, a new act in each report. The forms
include those that double their last consonant ("admitted") and none of the words a
loose prefix test would take ("status" for "state").
"""

from __future__ import annotations

from corrobora.reconcile.dated import SPOKEN


def test_regular_irregular_and_doubled_forms_are_speech() -> None:
    assert {"said", "told", "spoke", "announced", "tells", "denying", "replied"} <= SPOKEN
    assert {"admitted", "admitting"} <= SPOKEN


def test_words_that_only_begin_like_a_verb_of_speech_are_not() -> None:
    assert not {"status", "statue", "notch", "teller", "sayer"} & SPOKEN
