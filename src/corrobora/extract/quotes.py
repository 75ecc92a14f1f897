"""Direct quotes: the quoted words, found by their quotation marks, and their speaker.

Marks: straight and curly double quotes, „…“, «…» and »…«, ‹…›, and single quotes
when they clearly delimit words (an apostrophe inside or at the end of a word never
opens or closes a quote). Marks of another family inside a quote are nested and stay
in it. A quote left open at the end of a paragraph continues when the next paragraph
opens with a mark (the news convention for long quotes) or one of the next few
short paragraphs closes it before any mark opens another (a quote set one sentence a
line); otherwise it is closed at the paragraph end, so an unbalanced mark only ever
affects its own paragraph. A quote split by its cue (“A,” he said, “B.”) is one quote.
The speaker is the subject of the reporting cue that frames the quote (see
:func:`corrobora.extract.attribution.quote_frames`) or, for quoted sentences with no
cue of their own, of the statement the sentence right before them reports; a nickname
or a chant written into the writer's sentence has none; whether the quoted words are a
direct quote or a partial one (a title, a term, a fragment of the writer's sentence)
is decided by :mod:`corrobora.extract.quote_kinds`; quoted words on a headline line
(see :func:`corrobora.extract.cues.headline_lines`) have no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Article, Mention, Quote, SourceKind, Span
from .attribution import quote_cues, quote_frames, refusal
from .cues import ArticleIndex, Source
from .quote_kinds import NOT_ABBREVIATION, continues_writer, is_partial, unspoken_name
from .quote_speakers import caption_frame, heard_frame, overheard, tag_frame
from .sources import Frame, frame_for_cue, source_of

__all__ = ["RawQuote", "find_quotes", "joined_text", "scan_quotes"]

_DOUBLE, _GUILLEMET, _SINGLE, _SINGLE_GUILLEMET = "double", "guillemet", "single", "sguillemet"
_FAMILY = {
    '"': _DOUBLE,
    "“": _DOUBLE,
    "”": _DOUBLE,
    "„": _DOUBLE,
    "‟": _DOUBLE,
    "«": _GUILLEMET,
    "»": _GUILLEMET,
    "'": _SINGLE,
    "‘": _SINGLE,
    "’": _SINGLE,
    "‚": _SINGLE,
    "‹": _SINGLE_GUILLEMET,
    "›": _SINGLE_GUILLEMET,
}
_MARK = re.compile("[" + re.escape("".join(_FAMILY)) + "]")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPEN_LEFT = frozenset("([{—–-/") | frozenset(_FAMILY)
_CLOSE_RIGHT = frozenset(".,;:!?)]}—–-…/") | frozenset(_FAMILY)
_CURLY_OPENERS = frozenset("“„‟«‘‚‹")
_MIRRORED = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_LOOKAHEAD_PARAGRAPHS = 8
"""Paragraphs (lines) after a quote left open searched for the mark closing it: a long
quote set one sentence a line closes only on its last line."""
_LOOKAHEAD_CHARS = 1500
"""Characters of those paragraphs searched: a stray mark never reaches further."""
_MERGE_WORDS = 30
_SENTENCE_INSIDE = re.compile(NOT_ABBREVIATION + r"[.!?](?=\s)")
"""A sentence end inside a cue clause (not the period of "H." or "Mr." or "Sen.")."""
_LATER_CHARS = 2000
"""Characters after a mark looked at to classify it (bounds the work on huge paragraphs)."""
_SINGLE_LOOKAHEAD = 64
"""Marks after a single quotation mark searched for the one closing it."""

_CLOSE, _REOPEN, _SKIP = "close", "reopen", "skip"
_CLAUSE_END = re.compile(NOT_ABBREVIATION + r"[.!?;](?=\s|$)|\n|[“„«‹]")
"""Where the clause after a quote ends: a sentence end, a line end or an opening mark."""
_SENTENCE_ENDS = frozenset(".!?…")
_COORDINATORS = frozenset({"and", "but", "or", "then", "while", "whereas"})
"""Words that open a clause of its own between two quotes, never a cue set in one."""
_SINGLE_CLOSER = re.compile(r"\S['’](?:\s|$|[.,;:!?])")


@dataclass(frozen=True, slots=True)
class RawQuote:
    """Quoted words before speaker detection: content parts, opening and closing marks.

    ``close_end`` is the position after the closing mark, None when the quote was
    closed at a paragraph end because its closing mark is missing.
    """

    parts: tuple[Span, ...]
    open_at: int
    close_end: int | None


@dataclass(slots=True)
class _Open:
    family: str
    char: str
    open_at: int
    content_start: int
    parts: list[Span] = field(default_factory=list)


def _opening(left: str, right: str) -> bool:
    return (
        (not left or left.isspace() or left in _OPEN_LEFT) and bool(right) and not right.isspace()
    )


def _closing(left: str, right: str) -> bool:
    return (
        bool(left)
        and not left.isspace()
        and (not right or right.isspace() or right in _CLOSE_RIGHT)
    )


def _opens(char: str, left: str, right: str) -> bool:
    """True when ``char`` between ``left`` and ``right`` opens a quote."""
    if char in "«‹" and right:
        return True  # French spacing: « nous »
    if not right or right.isspace():
        return False
    if char in _CURLY_OPENERS:
        return not (left and not left.isspace() and right in _CLOSE_RIGHT)
    if char == '"':
        return not left.isalnum() and left != "="  # not a markup value: author="…"
    if char == "'":
        return _opening(left, right) and right.isalpha()
    if char in "”»›":
        return not left or left.isspace()
    return False


def _action(quote: _Open, mark: tuple[int, str, str, str], text: str, end: int) -> str:
    """What a mark does to the open ``quote``: close it, reopen a new one, or nothing.

    ``mark`` is (position, mark, left neighbour, right neighbour); the rest of the
    paragraph, up to ``end``, tells a sloppy closing mark from a nested one.
    """
    at, char, left, right = mark
    horizon = min(end, at + 1 + _LATER_CHARS)
    if _FAMILY[char] != quote.family:
        return _SKIP
    opening_only = _opening(left, right) and not _closing(left, right)
    if quote.family == _SINGLE:
        if char not in "’'" and not (quote.char == "‚" and char == "‘"):
            return _SKIP
        if left.isalnum() and right.isalnum():
            return _SKIP  # an apostrophe: don't, Maduro's
        if not _closing(left, right):
            return _SKIP
        plural_possessive = left in "sS" and right == " " and text[at + 2 : at + 3].islower()
        if plural_possessive and _SINGLE_CLOSER.search(text, at + 1, horizon):
            return _SKIP
        return _CLOSE
    if quote.family in (_GUILLEMET, _SINGLE_GUILLEMET):
        if char == _MIRRORED[quote.char]:
            return _CLOSE
        return _REOPEN if opening_only else _SKIP
    if char == "”":
        return _CLOSE
    if quote.char in "“„‟":
        if char in '"“' and _closing(left, right):
            if quote.char == "„" and char == "“":
                return _CLOSE
            return _SKIP if text.find("”", at + 1, horizon) >= 0 else _CLOSE
        return _REOPEN if char != '"' and opening_only else _SKIP
    # opened by a straight mark or by a closing-style ” (Swedish, or sloppy typing)
    if opening_only and not _spaced_closer(text, at, end):
        return _REOPEN
    return _CLOSE


def _spaced_closer(text: str, at: int, end: int) -> bool:
    """True when the straight mark at ``at`` closes the open quote despite a space before it.

    Scraped copy often has a stray space before a closing mark ("… again, "Ann Lee
    said.). A mark that looks like an opener closes instead when it follows words and
    punctuation, and what comes after it to the paragraph end is one short sentence
    with no mark of its own: opening there would leave a quote never closed, while
    closing balances the paragraph.
    """
    before = text[max(0, at - 2) : at]
    if len(before) < 2 or not before[1].isspace() or before[0] not in ",.;:!?":
        return False
    rest = text[at + 1 : end]
    if any(_FAMILY.get(c) == _DOUBLE for c in rest) or len(rest.split()) > _MERGE_WORDS:
        return False
    return _SENTENCE_INSIDE.search(rest.rstrip()[:-1]) is None


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def _finish(text: str, quote: _Open, end: int, close_end: int | None) -> RawQuote | None:
    part = _trim(text, quote.content_start, end)
    parts = [*quote.parts, part] if part is not None else quote.parts
    if not parts:
        return None
    return RawQuote(tuple(parts), quote.open_at, close_end)


def _marks(text: str, start: int, end: int) -> list[tuple[int, str, str, str]]:
    """(position, mark, left neighbour, right neighbour) of the marks in a paragraph."""
    return [
        (i, m.group(), text[i - 1] if i > start else "", text[i + 1] if i + 1 < end else "")
        for m in _MARK.finditer(text, start, end)
        for i in (m.start(),)
    ]


def _continuation_opener(text: str, quote: _Open, para: tuple[int, int]) -> int | None:
    """Position of the mark that opens ``para`` and continues ``quote``, if any."""
    start, end = para
    while start < end and text[start].isspace():
        start += 1
    if start >= end or _FAMILY.get(text[start]) != quote.family:
        return None
    right = text[start + 1] if start + 1 < end else ""
    return start if _opens(text[start], "", right) else None


def _closes_ahead(text: str, quote: _Open, paras: Sequence[tuple[int, int]]) -> bool:
    """True when a following paragraph closes ``quote`` before opening another."""
    total = 0
    for start, end in paras[:_LOOKAHEAD_PARAGRAPHS]:
        total += end - start
        if total > _LOOKAHEAD_CHARS:
            return False
        for mark in _marks(text, start, end):
            if _FAMILY[mark[1]] == quote.family:
                return _action(quote, mark, text, end) == _CLOSE
    return False


def _single_closers(
    text: str, marks: Sequence[tuple[int, str, str, str]], end: int, opener: str
) -> list[int]:
    """Indices (into ``marks``) of the marks that can close a quote opened by ``opener``."""
    probe = _Open(_SINGLE, opener, -1, 0)
    return [n for n, mark in enumerate(marks) if _action(probe, mark, text, end) == _CLOSE]


def _leads_continued(text: str, at: int, start: int, following: Sequence[tuple[int, int]]) -> bool:
    """True when the single mark at ``at`` opens its paragraph and the next one continues it."""
    if text[start:at].strip() or not following:
        return False
    probe = _Open(_SINGLE, text[at], at, at + 1)
    return _continuation_opener(text, probe, following[0]) is not None


def _closes_below(text: str, at: int, end: int, following: Sequence[tuple[int, int]]) -> bool:
    """True when the single quote opened at ``at`` closes on a line right below its own.

    Print layouts break lines inside a quote: 'He idolised his mum.\nHe was a good
    kid.' is one quote. The quote goes on over lines with no blank line between them,
    within :data:`_LOOKAHEAD_PARAGRAPHS` lines and :data:`_LOOKAHEAD_CHARS`
    characters, to a closing mark after a sentence's end or a comma, with no single
    mark opening another quote before it (an apostrophe, "don't", is none).
    """
    probe = _Open(_SINGLE, text[at], at, at + 1)
    if _opens_single(text, _marks(text, at + 1, end)):
        return False
    total, last_end = 0, end
    for start, stop in following[:_LOOKAHEAD_PARAGRAPHS]:
        total += stop - start
        if total > _LOOKAHEAD_CHARS or text[last_end:start].count("\n") > 1:
            return False
        for mark in _marks(text, start, stop):
            if _FAMILY[mark[1]] != _SINGLE:
                continue
            if _action(probe, mark, text, stop) == _CLOSE:
                return mark[2] in _SENTENCE_ENDS or mark[2] == ","
            if _opens(*mark[1:]):
                return False
        last_end = stop
    return False


def _opens_single(text: str, marks: Sequence[tuple[int, str, str, str]]) -> bool:
    """True when one of ``marks`` opens a single quote."""
    return any(
        _FAMILY[char] == _SINGLE and _opens(char, left, right) for _, char, left, right in marks
    )


def scan_quotes(text: str) -> list[RawQuote]:
    """Return the quoted passages of ``text`` in order, by their quotation marks only."""
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    found: list[RawQuote] = []
    pending: _Open | None = None
    skip = -1
    for number, (start, end) in enumerate(paras):
        quote, pending = pending, None
        marks = _marks(text, start, end)
        closers: dict[str, list[int]] = {}
        for at, (i, char, left, right) in enumerate(marks):
            if i == skip:
                continue
            if quote is None:
                if not _opens(char, left, right):
                    continue
                family = _FAMILY[char]
                if family == _SINGLE:
                    kind = "‚" if char == "‚" else "‘"
                    if kind not in closers:
                        closers[kind] = _single_closers(text, marks, end, kind)
                    ahead = bisect_right(closers[kind], at)
                    nearest = closers[kind][ahead : ahead + 1]
                    closed = bool(nearest) and nearest[0] <= at + _SINGLE_LOOKAHEAD
                    below = paras[number + 1 :]
                    if not (
                        closed
                        or _leads_continued(text, i, start, below)
                        or _closes_below(text, i, end, below)
                    ):
                        continue
                quote = _Open(family, char, i, i + 1)
                continue
            action = _action(quote, (i, char, left, right), text, end)
            if action == _SKIP:
                continue
            close_end = i + 1 if action == _CLOSE else None
            raw = _finish(text, quote, i, close_end)
            if raw is not None:
                found.append(raw)
            quote = None
            if action == _REOPEN and _opens(char, left, right):
                quote = _Open(_FAMILY[char], char, i, i + 1)
        if quote is None:
            continue
        following = paras[number + 1 :]
        opener = _continuation_opener(text, quote, following[0]) if following else None
        if (
            opener is not None
            or (quote.family in (_DOUBLE, _GUILLEMET) and _closes_ahead(text, quote, following))
            or (quote.family == _SINGLE and _closes_below(text, quote.open_at, end, following))
        ):
            part = _trim(text, quote.content_start, end)
            if part is not None:
                quote.parts.append(part)
            quote.content_start = following[0][0] if opener is None else opener + 1
            skip = -1 if opener is None else opener
            pending = quote
            continue
        raw = _finish(text, quote, end, None)
        if raw is not None:
            found.append(raw)
    return found


def _merge_split(ix: ArticleIndex, raws: Sequence[RawQuote]) -> list[RawQuote]:
    """Join quotes split by their cue (“A,” he said, “B.”) into one quote."""
    text = ix.text
    merged: list[RawQuote] = []
    for raw in raws:
        prev = merged[-1] if merged else None
        if prev is not None and _is_split(ix, prev, raw):
            first = list(prev.parts)
            last = first[-1]
            if text[last.end - 1] == ",":
                first[-1] = _trim(text, last.start, last.end - 1) or last
            merged[-1] = RawQuote((*first, *raw.parts), prev.open_at, raw.close_end)
        else:
            merged.append(raw)
    return merged


def _is_split(ix: ArticleIndex, prev: RawQuote, raw: RawQuote) -> bool:
    """True when only a short cue clause separates two quotes of one utterance.

    The clause ends in a comma or a colon (“A,” he said, “B.”), or in a full stop when
    the first part ended in a comma, a question or an exclamation mark (“A,” she said.
    “B.”): the speaker's utterance went on past the cue. The clause may describe the
    speaker at length ("said Ann Lee, a lawyer in Orlando who ...") but holds no
    sentence end of its own, and opens no clause of its own (“A!” and said the officers
    yelled: “B.”). A first part woven into the writer's sentence ("called it
    “a mess,” adding, “We …”") is a partial quote of its own, not part of the next.
    """
    if prev.close_end is None or continues_writer(ix, prev.parts[0], prev.open_at):
        return False
    text = ix.text
    gap = text[prev.close_end : raw.open_at]
    words = gap.split()
    stripped = gap.strip().strip("".join(_FAMILY)).strip()
    ending = stripped[-1:]
    if "\n" in gap or not words or len(words) > _MERGE_WORDS or ending not in ",:.":
        return False
    if words[0].lower() in _COORDINATORS:
        return False  # “A!” and said the officers yelled: “B.”: a clause of its own
    if _SENTENCE_INSIDE.search(stripped[:-1]):
        return False
    first_end = text[prev.parts[-1].end - 1]
    if not (first_end in ",—–-?!" or stripped.startswith(",")):
        return False
    if ending == "." and (first_end not in ",?!" or _framed_after(ix, raw)):
        return False
    return any(
        not ix.in_quote[i] and i in ix.cues for i in ix.token_range(prev.close_end, raw.open_at)
    )


def _framed_after(ix: ArticleIndex, raw: RawQuote) -> bool:
    """True when a cue clause follows ``raw`` in its sentence (“B,” she added.).

    Such a quote has a frame of its own: after “A,” she said., it is a second
    quotation, not the rest of the first.
    """
    if raw.close_end is None or ix.text[raw.parts[-1].end - 1] not in ",—–-?!":
        return False
    text = ix.text
    stop = _CLAUSE_END.search(text, raw.close_end, raw.close_end + _LATER_CHARS)
    end = stop.start() if stop is not None else min(len(text), raw.close_end + _LATER_CHARS)
    return any(not ix.in_quote[i] and i in ix.cues for i in ix.token_range(raw.close_end, end))


def joined_text(text: str, parts: Sequence[Span]) -> str:
    """The quoted pieces joined by a space, with a sentence end kept between sentences.

    A piece that ends a sentence before its cue clause (“A,” she said. “B.”) is joined
    with a full stop, as the speaker's sentence ended there: "A. B." A piece ending in
    its own full stop, question or exclamation mark keeps it.
    """
    pieces = [p.slice(text) for p in parts]
    joined = pieces[0] if pieces else ""
    for before, after, piece in zip(parts, parts[1:], pieces[1:], strict=False):
        gap = text[before.end : after.start].strip().strip("".join(_FAMILY)).strip()
        ends = before.slice(text)[-1:]
        if gap.endswith(".") and ends not in _SENTENCE_ENDS and piece[:1].isupper():
            joined = joined.rstrip(",;:—–- ") + "."
        joined += " " + piece
    return joined


def find_quotes(doc: Doc, article: Article, mentions: Sequence[Mention]) -> tuple[Quote, ...]:
    """Return the direct quotes of ``article`` in text order, with their speakers.

    Args:
        doc: the spaCy parse of ``article.text``.
        article: the article; spans are offsets into its text.
        mentions: its named-entity mentions, whose keys become speaker keys.

    A speaker that is a named entity (or a pronoun or description resolved to one)
    gets its display name and key; an anonymous or document speaker ("a source
    quoted by the newspaper") gets its words as ``speaker`` and no key. ``cue`` is the
    lemma of the reporting verb ("say", "point out"), "according to", a noun of
    speech ("claim" in "the mayor's claim that ...") or the dash of a signed quote
    (“…” ― Ana Ruiz). Without a speaker, ``speaker``, ``speaker_key`` and ``cue`` are
    None.
    """
    text = article.text
    raws = scan_quotes(text)
    ix = ArticleIndex(doc, article, mentions, [p for raw in raws for p in raw.parts])
    quotes: list[Quote] = []
    merged = _merge_split(ix, raws)
    framed = [
        _read_frame(ix, raw, frame)
        for raw, frame in zip(merged, quote_frames(ix, [raw.parts for raw in merged]), strict=True)
    ]
    kinds = [
        not is_partial(ix, raw.parts, raw.open_at, raw.close_end, frame)
        for raw, frame in zip(merged, framed, strict=True)
    ]
    frames = _carried(ix, merged, framed, kinds)
    for raw, frame, direct in zip(merged, frames, kinds, strict=True):
        if not direct and unspoken_name(ix, raw.parts, frame):
            frame = None  # a nickname or a chant: no one's quote
        heard = overheard(ix, raw.open_at)
        if heard is not None:
            frame = heard_frame(ix, frame, heard)  # "heard her son yell, “…”": the son's
        speaker = frame.speaker if frame is not None else None
        quotes.append(
            Quote(
                article.id,
                Span(raw.parts[0].start, raw.parts[-1].end),
                raw.parts,
                joined_text(text, raw.parts),
                _speaker_name(speaker, raw.open_at) if speaker is not None else None,
                speaker.key if speaker is not None and speaker.entity else None,
                frame.cue if frame is not None else None,
                direct,
            )
        )
    return tuple(quotes)


def _read_frame(ix: ArticleIndex, raw: RawQuote, frame: Frame | None) -> Frame | None:
    """The quote's frame, else one read from the words around it by their order.

    A caption line ("Ann Lee/Defense Attorney: “…”") names the speaker before any cue
    the parser finds in the role; a closing tag whose parse went astray ("“…,” said
    Ann Lee, daughter of the man Kerr shot.") still names it next to its cue.
    """
    caption = caption_frame(ix, raw.open_at)
    if caption is not None:
        return caption
    return frame if frame is not None else tag_frame(ix, raw.parts[-1], raw.close_end)


def _carried(
    ix: ArticleIndex,
    raws: Sequence[RawQuote],
    framed: Sequence[Frame | None],
    direct: Sequence[bool],
) -> list[Frame | None]:
    """The frame of each quote (``framed``), a statement's going on to the quote after it.

    A quote standing as sentences of its own, with no cue of its own, after a
    reported statement takes that statement's frame: "The director denied reports
    that the talks hit a snag. “Contrary to what has been reported, the talks went
    well.”" The quoted sentences go on with the statement the sentence before them
    reports, as do the standalone quotes right after them. A partial quote (a title,
    a term: ``direct`` False) goes on with no one's words.
    """
    frames = list(framed)
    previous: tuple[RawQuote, Frame] | None = None
    for n, raw in enumerate(raws):
        alone = direct[n] and _standalone(ix, raw)
        if frames[n] is None and alone and not quote_cues(ix, raw.parts):
            if previous is not None and (
                _adjacent(ix.text, previous[0], raw) or _after_tag(ix, *previous, raw)
            ):
                frames[n] = previous[1]
            else:
                frames[n] = _statement_before(ix, raw.open_at)
        if frames[n] is None and direct[n]:
            frames[n] = _lead_in(ix, raw.open_at, bool(quote_cues(ix, raw.parts)))
        frame = frames[n]
        previous = (raw, frame) if frame is not None and frame.speaker is not None else None
    return frames


def _standalone(ix: ArticleIndex, raw: RawQuote) -> bool:
    """True when a quote is sentences of its own.

    It opens its line or follows a sentence end, and its words end a sentence.
    """
    text = ix.text
    if ix.in_headline_at(raw.parts[0].start):
        return False
    line = text.rfind("\n", 0, raw.open_at) + 1
    before = text[line : raw.open_at].rstrip(" \t\u00a0")
    if before and before[-1] not in _SENTENCE_ENDS:
        return False
    words = raw.parts[-1].slice(text).rstrip("".join(_FAMILY) + " ")
    return words[-1:] in _SENTENCE_ENDS


def _adjacent(text: str, prev: RawQuote, raw: RawQuote) -> bool:
    """True when only white space (at most one blank line) lies between two quotes."""
    if prev.close_end is None:
        return False
    gap = text[prev.close_end : raw.open_at]
    return not gap.strip() and gap.count("\n") <= _GAP_LINES


def _after_tag(ix: ArticleIndex, prev: RawQuote, frame: Frame, raw: RawQuote) -> bool:
    """True when only the rest of the sentence holding ``prev`` and its cue precedes ``raw``.

    "“A,” said Ann Lee, daughter of the man Kerr shot.\n“B.”": the next quote goes on
    with the words the tag credits, however far the tag describes its speaker.
    """
    if prev.close_end is None:
        return False
    text = ix.text
    start, end = ix.sentence_bounds(frame.cue_start)
    gap = text[end : raw.open_at]
    return (
        start <= prev.close_end <= frame.cue_start < end <= raw.open_at
        and not gap.strip()
        and gap.count("\n") <= _GAP_LINES
    )


_GAP_LINES = 2
"""Line breaks between a quote and the sentence or quote it goes on from (a blank line
between paragraphs)."""


_TAG_WORDS = 4
"""Words after a cue that make it a closing tag rather than the opening of a statement."""


def _statement_before(ix: ArticleIndex, open_at: int) -> Frame | None:
    """The frame of the statement the quote-free sentence right before ``open_at`` reports.

    Its main verb is a cue with a speaker, no refusal, that opens the statement it
    reports ("The director denied reports that ...").
    """
    text = ix.text
    end = open_at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    gap = text[end:open_at].count("\n")
    if end == 0 or text[end - 1] not in _SENTENCE_ENDS or gap > _GAP_LINES:
        return None
    start, _ = ix.sentence_bounds(end - 1)
    tokens = ix.token_range(start, end)
    if not tokens or any(ix.in_quote[i] or ix.in_headline[i] for i in tokens):
        return None
    roots = [i for i in tokens if ix.doc[i].dep_ == "ROOT"]
    if len(roots) != 1 or roots[0] not in ix.cues or refusal(ix.doc[roots[0]]):
        return None
    if sum(ix.doc[i].is_alpha for i in tokens if i > roots[0]) <= _TAG_WORDS:
        return None  # "..., she told reporters.": a closing tag ends the statement
    frame = frame_for_cue(ix, ix.doc[roots[0]])
    return frame if frame is not None and frame.speaker is not None else None


def _lead_in(ix: ArticleIndex, open_at: int, cued: bool) -> Frame | None:
    """The frame of a sentence that introduces the quote at ``open_at``, ending in : or ,.

    "Ann Lee, the union's lawyer, was blunt:" or "…, said Ann Lee," at the end of the
    line before: the quote is the words the sentence announces. A colon announces
    them whatever the verb, its subject speaking; a comma only after a reporting cue,
    and only at a line's end (within a line, a comma before a quote is the cue's own).
    A colon ending the line before announces the quote even when a cue nearby
    (``cued``) names no speaker, and a term the sentence quotes ("what's called
    “active shooter” training:") is still its own words.
    """
    text = ix.text
    end = open_at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lines = text[end:open_at].count("\n")
    if end == 0 or text[end - 1] not in ":," or lines > _GAP_LINES:
        return None
    if text[end - 1] == "," and not lines:
        return None
    if cued and not (lines and text[end - 1] == ":"):
        return None
    start, _ = ix.sentence_bounds(end - 1)
    tokens = [i for i in ix.token_range(start, end) if not ix.in_quote[i]]
    last = ix.token_at(end - 1)
    if not tokens or ix.in_quote[last] or any(ix.in_headline[i] for i in tokens):
        return None
    cues = [i for i in tokens if i in ix.cues and not refusal(ix.doc[i])]
    roots = [i for i in tokens if ix.doc[i].dep_ == "ROOT"]
    ordered = [i for i in roots if i in cues] + [i for i in cues if i not in roots]
    for i in ordered:
        frame = frame_for_cue(ix, ix.doc[i])
        if frame is not None and frame.speaker is not None:
            return frame
    if text[end - 1] != ":" or len(roots) != 1 or cues:
        return None
    return _subject_frame(ix, roots[0])


def _subject_frame(ix: ArticleIndex, root: int) -> Frame | None:
    """A frame crediting the named subject of ``root`` ("Ann Lee was blunt:").

    A line of a noun alone credits its owner: "His exact words:", "The mayor's reply:".
    """
    verb = ix.doc[root]
    role = "poss" if verb.pos_ == "NOUN" else "nsubj"
    subjects = [c for c in verb.children if c.dep_ == role]
    if len(subjects) != 1:
        return None
    if role == "poss" and subjects[0].pos_ == "PRON":
        return _last_speaker_before(ix, verb.idx)
    speaker, relays = source_of(ix, subjects[0], root)
    if speaker is None or not speaker.entity:
        return None
    return Frame(
        verb.lemma_.lower(), root, verb.idx, verb.idx + len(verb), speaker, relays or (speaker,)
    )


def _last_speaker_before(ix: ArticleIndex, at: int) -> Frame | None:
    """The frame of the last cue of the sentence before ``at`` that names a person.

    "Henry has said he will not sign him. His exact words:": the owner of the words is
    the one the sentence before reports.
    """
    start, _ = ix.sentence_bounds(at)
    if start == 0:
        return None
    before, _ = ix.sentence_bounds(start - 1)
    for i in reversed(ix.token_range(before, start)):
        if i not in ix.cues or ix.in_quote[i] or refusal(ix.doc[i]):
            continue
        frame = frame_for_cue(ix, ix.doc[i])
        speaker = frame.speaker if frame is not None else None
        if speaker is not None and speaker.entity and speaker.kind is SourceKind.PERSON:
            return frame
    return None


_CLAUSE_MARKS = re.compile(r"\s*[,;:(—–]")
"""Where the words naming a speaker give way to a clause about it ("…, who calls")."""


def _speaker_name(speaker: Source, open_at: int) -> str:
    """The words naming ``speaker``, never running into the quote they frame.

    A phrase credited as a speaker may hold the clause that introduces the quote ("an
    anonymous source familiar with the talks, who calls them “a terrible …”"): the
    name ends before that clause.
    """
    if speaker.entity or not speaker.start < open_at < speaker.end:
        return speaker.name
    clause = _CLAUSE_MARKS.search(speaker.name)
    if clause is None:
        clause = _MARK.search(speaker.name)
    name = speaker.name[: clause.start()] if clause is not None else speaker.name
    return name.strip(" \t\n,;:") or speaker.name
