"""Which quoted passages are someone's utterance, and which are the writer's own words.

Quotation marks also set off words that are not an utterance reported as such: a
fragment woven into the writer's sentence ("said the plan was “dead”"), a name given
with a naming verb ("what she called “a disgrace”"), the title of a work or a slogan
("her film, “Harbor Lights.”"), a nickname ("“Iron Jan” Kowalski") or a quoted piece of
a headline. :func:`is_partial` tells those (partial quotes) from direct quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..model import Span
from .cues import QUOTE_MARKS, ArticleIndex
from .sources import Frame

__all__ = ["NOT_ABBREVIATION", "continues_writer", "is_partial", "unspoken_name"]

_UTTERANCE_END = frozenset(".,;:!?…—–-")
_LEADING = " \t\u00a0.…([" + "".join(QUOTE_MARKS)
_WORD_EDGES = "".join(QUOTE_MARKS) + ".,;:!?()[]…—–-"
_NAMING_VERBS = frozenset({"call", "dub", "label", "brand", "term", "nickname", "title"})
"""Verbs whose quoted object complement is a name given, not words spoken."""
_TITLE_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "for", "in", "on", "at", "to", "by"}
    | {"with", "from", "as", "into", "vs", "via", "per"}
)
"""Words a title-case phrase keeps in lower case ("Songs of the Harbor")."""
_FRAGMENT_WORDS = 4
"""Longest quoted fragment read as a nickname or a piece of a headline."""
_LEAD_WORDS = 2
"""Words of the writer's sentence before a parenthetical cue that make a quote partial."""
_OBJECT_PATH = frozenset(
    {"dobj", "dative", "pobj", "prep", "compound", "amod", "det", "poss", "appos", "relcl", "nmod"}
)
"""Dependencies from a word up to the cue whose object (addressee, topic) holds it."""
_OBJECT_STEPS = 8
_VERB_TAGS = frozenset({"VERB", "AUX"})
_SPACES = " \t\u00a0"
_GAP = _SPACES + "".join(QUOTE_MARKS)
NOT_ABBREVIATION = r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])"
"""A look-behind: the period that follows is not that of an initial or a short
abbreviation ("H.", "Mr.", "Sen.")."""
_SENTENCE_END = re.compile(NOT_ABBREVIATION + r"[.!?]['\"”’]*\s")
"""A sentence end (not the period of "H." or "Mr." or "Sen.")."""


def is_partial(
    ix: ArticleIndex,
    parts: Sequence[Span],
    open_at: int,
    close_end: int | None,
    frame: Frame | None,
) -> bool:
    """True for quoted words that are not a direct quote of an utterance.

    Args:
        ix: the article's index.
        parts: the quoted words (more than one part when a cue splits the quote).
        open_at: position of the opening mark.
        close_end: position after the closing mark, None when the quote is unclosed.
        frame: the cue and speaker found for the quote, None when none was found.
    """
    if not parts:
        return False
    if ix.in_headline_at(parts[0].start):
        return True  # a piece of a headline line (cues.headline_lines), no utterance
    text = ix.text
    words = " ".join(p.slice(text) for p in parts)
    if frame is None and (_title_or_slogan(words) or _verbless(ix, parts, words)):
        return True  # “Harbor Lights.”, “BUILD THE BRIDGE NOW”, “A fight to the end.”
    if frame is not None and _title_or_slogan(words) and _apposed(ix, open_at):
        return True  # his new book, “The Long Road Home,”
    if close_end is not None and _runs_on(ix, parts[-1], close_end, words):
        return True
    if _lower_after_comma(ix, parts[0], open_at, frame):
        return True
    if frame is not None and _completes_writer(ix, parts[0], open_at, frame):
        return True
    return continues_writer(ix, parts[0], open_at)


def unspoken_name(ix: ArticleIndex, parts: Sequence[Span], frame: Frame | None) -> bool:
    """True for a partial quote written like a name that its frame's speaker did not say.

    A nickname, a title or a chant set in the writer's sentence ("saving ‘The Rock’
    from punishment", "when chants of “Klitschko, Klitschko” stirred") is nobody's
    quote: a cue nearby speaks of something else. A naming verb ("called him ‘The
    Rock’") gives the name, so its subject keeps it.
    """
    if frame is None or not parts:
        return False
    if ix.doc[frame.cue_index].lemma_.lower() in _NAMING_VERBS:
        return False
    return _title_or_slogan(" ".join(p.slice(ix.text) for p in parts))


def _title_or_slogan(words: str) -> bool:
    """Title case or capitals throughout, and not an exclamation or a question.

    Words written like a title ("Songs of the Harbor," "The Long Road Home") name a
    work, a show, a slogan or a headline when nothing frames them as speech (or
    when they stand beside a noun); an exclamation ("Out!") or a question in such
    words is still an utterance.
    """
    if words.rstrip(_GAP)[-1:] in "!?":
        return False
    tokens = [w.strip(_WORD_EDGES) for w in words.split()]
    alpha = [w for w in tokens if w[:1].isalpha()]
    if not alpha or not any(w[0].isupper() for w in alpha):
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_FUNCTION_WORDS for w in alpha)


def _verbless(ix: ArticleIndex, parts: Sequence[Span], words: str) -> bool:
    """True for unframed words without a verb that are not an exclamation or a question.

    A caption, a slogan on a sign or a term ("A fight to the end.", “open door”) rather
    than an utterance; "Out!" and "With nukes?" stay quotes.
    """
    if words.rstrip(_GAP)[-1:] in "!?":
        return False
    return not any(
        ix.doc[i].pos_ in _VERB_TAGS for part in parts for i in ix.token_range(part.start, part.end)
    )


def _apposed(ix: ArticleIndex, open_at: int) -> bool:
    """True when the quote follows a noun and a comma: "the movie, “Gone Girl,”"."""
    text = ix.text
    at = _skip_back(text, open_at, _SPACES)
    if at == 0 or text[at - 1] != ",":
        return False
    before = ix.token_at(_skip_back(text, at - 1, _SPACES) - 1)
    return ix.doc[before].pos_ in ("NOUN", "PROPN") and before not in ix.cues


def _lower_after_comma(ix: ArticleIndex, first: Span, open_at: int, frame: Frame | None) -> bool:
    """True for a lower-case quote after a comma that does not end its cue clause.

    "said that if the deal fails, “we will walk away”", "Like most campaigns, “the
    process is …”": the writer's sentence goes on into the quote. After the cue
    or the speaker ("he said, “and then …”"), or after whom the cue addresses ("told
    the crowd in Ohio, “we will win”"), the comma ends the cue clause instead.
    """
    text = ix.text
    if not first.slice(text).lstrip(_LEADING)[:1].islower():
        return False
    comma = _skip_back(text, open_at, _GAP) - 1
    if comma < 1 or text[comma] != ",":
        return False
    before = ix.token_at(_skip_back(text, comma, _SPACES) - 1)
    if before in ix.cues:
        return False
    if frame is None:
        return True
    at = ix.doc[before].idx
    speaker = frame.speaker
    in_speaker = speaker is not None and speaker.start <= at < speaker.end
    if in_speaker or frame.cue_start <= at < frame.cue_end:
        return False
    return not _object_of(ix.doc[before], frame.cue_index)


def _object_of(token: Token, cue: int) -> bool:
    """True when ``token`` lies in an object of the cue (its addressee or topic)."""
    for _ in range(_OBJECT_STEPS):
        if token.dep_ not in _OBJECT_PATH or token.head is token:
            return False
        token = token.head
        if token.i == cue:
            return True
    return False


def _completes_writer(ix: ArticleIndex, first: Span, open_at: int, frame: Frame) -> bool:
    """True for a lower-case quote ending a sentence the writer began before its cue.

    "The plan, he said, “would cost too much.”", "In other words, she said, “the era
    is over.”": the speaker and cue form a parenthetical clause set off by commas,
    after at least :data:`_LEAD_WORDS` words of the writer's sentence, and the quote
    goes on in lower case; the quoted words are part of a paraphrase.
    """
    if frame.speaker is None or not first.slice(ix.text).lstrip(_LEADING)[:1].islower():
        return False
    text = ix.text
    speaker = frame.speaker
    low, high = min(frame.cue_start, speaker.start), max(frame.cue_end, speaker.end)
    inner = max(frame.cue_start, speaker.start) - min(frame.cue_end, speaker.end)
    if high > open_at or inner > 1 or text[high : _skip_back(text, open_at, _GAP)] != ",":
        return False
    comma = _skip_back(text, low, _SPACES) - 1
    if comma < 0 or text[comma] != ",":
        return False
    line = text.rfind("\n", 0, comma) + 1
    lead = _SENTENCE_END.split(text[line:comma])[-1]
    return len(lead.split()) >= _LEAD_WORDS


def _skip_back(text: str, at: int, chars: str) -> int:
    """The position before ``at`` once the ``chars`` right before it are skipped."""
    while at > 0 and text[at - 1] in chars:
        at -= 1
    return at


def _runs_on(ix: ArticleIndex, last: Span, close_end: int, words: str) -> bool:
    """True when the writer's sentence runs on right after the closing mark.

    In lower case (“most people” can't be trusted), or, after a short fragment
    without closing punctuation, with a capitalized word: a nickname before a
    surname (“Iron Jan” Kowalski) or a piece of a headline (‘Night Market’ Draws
    Crowds). A reporting cue right after the mark (“We won” he said) keeps it a quote.
    """
    text = ix.text
    end = _skip_back(text, last.end, _GAP)  # ‘…,’” nested: the comma counts
    if end == 0 or text[end - 1] in _UTTERANCE_END:
        return False
    while close_end < len(text) and text[close_end] in QUOTE_MARKS:
        close_end += 1  # ''…'' typed with two single marks
    after = text[close_end : close_end + 2]
    follow = after.lstrip(" \u00a0")[:1]
    fragment = after[:1] in (" ", "\u00a0") and follow.isupper()
    if not (follow.islower() or (fragment and len(words.split()) <= _FRAGMENT_WORDS)):
        return False
    return not _cue_follows(ix, close_end)


def _cue_follows(ix: ArticleIndex, close_end: int) -> bool:
    """True when a reporting cue follows within a few words (“Yes” Ann said): a quote."""
    line_end = ix.text.find("\n", close_end)
    end = line_end if line_end >= 0 else len(ix.text)
    for i in ix.token_range(close_end, end)[:_FRAGMENT_WORDS]:
        if i in ix.cues:
            return True
        if ix.doc[i].is_punct:
            return False
    return False


def continues_writer(ix: ArticleIndex, first: Span, open_at: int) -> bool:
    """True when the words before the opening mark run on into the quote.

    "said the plan was “dead”", "the so-called “alt-right”": the text before the
    mark, in the same line, ends in a word (no comma, colon or dash), and that word
    is not a reporting verb introducing the utterance ("chanted “…”", "saying “…”")
    unless it is a naming verb ("what she called “a disgrace”"). A heading in
    capitals before a capitalized quote ("WHAT'S NEXT “We will …”") ends there.
    """
    text = ix.text
    at = open_at
    while at > 0 and text[at - 1] in QUOTE_MARKS:
        at -= 1
    line = text.rfind("\n", 0, at) + 1
    prefix = text[line:at].rstrip(_SPACES)
    if not prefix or not prefix[-1].isalnum():
        return False
    first_char = first.slice(text).lstrip(_LEADING)[:1]
    last_word = prefix.rsplit(None, 1)[-1]
    if first_char.isupper() and len(last_word) > 1 and last_word.isupper():
        return False
    before = ix.token_at(line + len(prefix) - 1)
    if before not in ix.cues:
        return True
    token = ix.doc[before]
    if token.lemma_.lower() in _NAMING_VERBS:
        return True
    return not (first_char.isupper() or token.pos_ == "VERB")
