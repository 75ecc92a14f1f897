"""The global step: copy detection and story clustering.

:func:`find_copies` marks wire reposts and light rewrites of an earlier article;
:func:`build_stories` groups the reports of one event into stories. Both look only at
candidate pairs (MinHash LSH for copies, blocking by entity keys and rare terms within
the time window for stories), never at all pairs of the corpus.
"""

from __future__ import annotations

from .copies import find_copies
from .stories import build_stories

__all__ = ["build_stories", "find_copies"]
