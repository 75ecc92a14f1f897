"""Speakers read from the words around a quote where the parse of its cue fails.

Three layouts name or rule out a speaker by their word order alone:

* a caption line "Ann Lee/Defense Attorney: “…”": the name before the slash speaks,
  the words after it are her role (a name in the role, "Kerr's Attorney", is whom she
  works for);
* a closing tag "“…,” said Ann Lee, daughter of …" or "“…,” Ann Lee, who …, told …":
  the name right after the cue verb, or right before it past an aside set off by
  commas, speaks, however the parser attached the aside's words;
* words overheard, "she heard her son yell, “…”": the one heard speaks, not the hearer;
  where the one heard is nobody to name ("heard someone say"), no one does.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..model import Mention, SourceKind, Span
from ..text import canonical_key
from .cues import ArticleIndex, Source
from .sources import Frame, frame_for_cue, source_of

__all__ = ["caption_frame", "heard_frame", "overheard", "tag_frame"]

_CAPTION = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*/[ \t]*"
    r"(?P<role>[^/:\n\"“”]{2,80}?)[ \t]*:[ \t]*$"
)
"""A caption line before a quote: a capitalized name, a slash, a role, a colon."""
_ASIDE_WORDS = 30
"""Words of an aside between a speaker's name and the cue of a closing tag."""
_TAG_ENDS = frozenset(",?!—–-")
"""What quoted words end in when a closing tag follows them in the sentence."""
_PERCEPTION = re.compile(r"(?:over)?hear(?:d|s|ing)?|listen(?:ed|s|ing)?", re.IGNORECASE)
"""Verbs whose object is heard saying the words that follow (any form, as the parser
may not lemmatize "overheard")."""
_HEARD_PHRASE = frozenset({"PRON", "NOUN", "PROPN", "DET", "ADJ", "NUM"})
"""Parts of speech of the phrase naming the one heard ("a man", "someone")."""
_HEARD_WORDS = 4
_BARE_VERB = frozenset({"VB", "VBG"})
"""A verb heard: "say" or "saying" after "heard someone"."""


def caption_frame(ix: ArticleIndex, open_at: int) -> Frame | None:
    """The frame of a caption "Name/Role:" opening the line of the quote at ``open_at``."""
    text = ix.text
    line = text.rfind("\n", 0, open_at) + 1
    match = _CAPTION.fullmatch(text, line, open_at)
    if match is None:
        return None
    start, end = match.span("name")
    colon = text.rindex(":", line, open_at)
    name = match.group("name")
    speaker = _named(ix, start, end) or Source(
        name, canonical_key(name), SourceKind.PERSON, start, end, False
    )
    return Frame(":", ix.token_at(colon), colon, colon + 1, speaker, (speaker,))


def _named(ix: ArticleIndex, start: int, end: int) -> Source | None:
    """The entity source of a mention spanning exactly ``[start, end)``, if any."""
    mention = _mention_at(ix, start)
    if mention is None or mention.span != Span(start, end):
        return None
    return ix.entity_source(mention.key, start, end)


def _mention_at(ix: ArticleIndex, start: int) -> Mention | None:
    """The mention that starts at character ``start``, if any."""
    i = ix.token_at(start)
    mention = ix.mention_of.get(i)
    return mention if mention is not None and mention.span.start == start else None


def tag_frame(ix: ArticleIndex, last: Span, close_end: int | None) -> Frame | None:
    """The frame of a closing tag that names the speaker next to its cue verb.

    "“…,” said Ann Lee, daughter of the man Kerr shot." or "“…,” Ann Lee, who herds
    goats in the hills, told the Reuters news agency.": the name is the tag's subject
    by word order, whatever the parser made of the words around it.
    """
    if close_end is None or ix.text[last.end - 1] not in _TAG_ENDS:
        return None
    tokens = _tag_tokens(ix, close_end)
    if len(tokens) < 2:
        return None
    first = ix.doc[tokens[0]]
    if tokens[0] in ix.cues and first.pos_ == "VERB":
        mention = _mention_at(ix, ix.doc[tokens[1]].idx)
        return _tag(ix, tokens[0], mention)
    mention = _mention_at(ix, first.idx)
    if mention is None:
        return None
    after = [i for i in tokens if ix.doc[i].idx >= mention.span.end]
    if len(after) > 1 and ix.doc[after[0]].text == ",":
        commas = [n for n, i in enumerate(after[1:], 1) if ix.doc[i].text == ","]
        if not commas or commas[0] > _ASIDE_WORDS:
            return None
        after = after[commas[0] + 1 :]
    return _tag(ix, after[0], mention) if after else None


def _tag_tokens(ix: ArticleIndex, close_end: int) -> list[int]:
    """The tokens after a quote up to its sentence's or line's end, or the next quote."""
    _, end = ix.sentence_bounds(close_end)
    found: list[int] = []
    for i in ix.token_range(close_end, max(end, close_end)):
        token = ix.doc[i]
        if ix.in_quote[i] or "\n" in token.text:
            break
        if not token.is_space:
            found.append(i)
    return found


def _tag(ix: ArticleIndex, cue: int, mention: Mention | None) -> Frame | None:
    """The frame of cue token ``cue`` crediting ``mention``, when both are there."""
    token = ix.doc[cue]
    if mention is None or cue not in ix.cues or token.pos_ != "VERB":
        return None
    speaker = ix.entity_source(mention.key, mention.span.start, mention.span.end)
    return Frame(ix.cues[cue], cue, token.idx, token.idx + len(token), speaker, (speaker,))


def overheard(ix: ArticleIndex, open_at: int) -> tuple[int, int] | None:
    """The verb of hearing and the verb heard before the quote at ``open_at``, if any.

    "heard a man say, “…”": the verb right before the quote is a bare or -ing form
    ("say", "shouting") after a short phrase that a verb of hearing governs; the
    hearer reports the words but did not say them. The result is the token indexes of
    the two verbs ("heard", "say").
    """
    tokens = [
        i
        for i in ix.token_range(ix.sentence_bounds(open_at)[0], open_at)
        if not ix.doc[i].is_punct and not ix.doc[i].is_space
    ]
    if not tokens or ix.doc[tokens[-1]].tag_ not in _BARE_VERB:
        return None
    for back, i in enumerate(reversed(tokens[:-1])):
        token = ix.doc[i]
        if token.pos_ == "VERB" and _PERCEPTION.fullmatch(token.text):
            return (i, tokens[-1]) if back > 0 else None
        if token.pos_ not in _HEARD_PHRASE or back >= _HEARD_WORDS:
            return None
    return None


def heard_frame(ix: ArticleIndex, frame: Frame | None, verbs: tuple[int, int]) -> Frame | None:
    """The frame of a quote overheard (:func:`overheard`): the one heard saying it.

    "Ann heard her son yell, “…”": the son yelled the words, as in "Ann recalled her
    son yelling"; a frame of the hearer's own verb ("said she heard ...") gives way to
    the heard verb's. Where that verb names no speaker ("heard someone say"), is no
    cue, or names the hearer again ("she heard him say" read as her), the quote has no
    frame: the hearer did not say it.
    """
    hearing, heard = verbs
    if frame is None or frame.cue_index != heard:
        frame = frame_for_cue(ix, ix.doc[heard]) if heard in ix.cues else None
    if frame is None or frame.speaker is None:
        return None
    hearer = _subject_source(ix, ix.doc[hearing])
    return None if hearer is not None and hearer.key == frame.speaker.key else frame


def _subject_source(ix: ArticleIndex, verb: Token) -> Source | None:
    """The source the subject of ``verb`` names, if it has one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return source_of(ix, subject)[0] if subject is not None else None
