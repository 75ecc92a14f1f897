"""Claim alignment: which claims of different articles state the same thing."""

from .grouping import facts_and_events, group_claims
from .similarity import ClaimVectors, claim_similarity

__all__ = ["ClaimVectors", "claim_similarity", "facts_and_events", "group_claims"]
