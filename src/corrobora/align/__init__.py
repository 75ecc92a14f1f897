"""Claim alignment: which claims of different articles state the same thing."""

from .grouping import candidate_pairs, group_claims, group_scored
from .similarity import ClaimVectors, claim_similarity

__all__ = [
    "ClaimVectors",
    "candidate_pairs",
    "claim_similarity",
    "group_claims",
    "group_scored",
]
