"""An analysis as the store holds it, decoded only where it is used.

Reconciling a story needs its members' analyses. Decoding them costs more than
reconciling, so the driver hands the stored JSON text to the engine's workers, which
decode it themselves; the driver only reads rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from corrobora.errors import StoreError
from corrobora.model import AnalyzedArticle
from corrobora.serialize import from_jsonable

__all__ = ["EncodedAnalysis"]


@dataclass(frozen=True, slots=True)
class EncodedAnalysis:
    """One stored analysis: its article's columns, the analyzer and the analysis JSON text.

    Attributes:
        location: the store it was read from (named in errors).
        article: the article's columns by name.
        analyzer: the analyzer recorded with it.
        data: the analysis JSON text, without the article.
    """

    location: str
    article: Mapping[str, Any]
    analyzer: str
    data: str

    def decode(self) -> AnalyzedArticle:
        """The analysis.

        Raises:
            StoreError: the text is not valid JSON or not an analysis (written by another
                version of corrobora, or damaged).
        """
        article_id = self.article.get("id")
        try:
            data = json.loads(self.data)
        except ValueError as error:
            raise StoreError(
                f"{self.location}: the analysis of article {article_id!r} is not valid JSON "
                f"({error})"
            ) from None
        if not isinstance(data, dict):
            raise StoreError(
                f"{self.location}: the analysis of article {article_id!r} is not a JSON object"
            )
        data["article"] = dict(self.article)
        data["analyzer"] = self.analyzer
        try:
            return from_jsonable(AnalyzedArticle, data)
        except ValueError as error:
            raise StoreError(
                f"{self.location}: AnalyzedArticle {article_id!r} cannot be read ({error}); "
                "was the file written by another version of corrobora?"
            ) from None
