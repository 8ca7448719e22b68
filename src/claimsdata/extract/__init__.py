"""Claim extraction from English news text (see :func:`extract_claims`)."""

from ._engine import APPROX_TOLERANCE, extract_claims, split_sentences

__all__ = ["extract_claims", "split_sentences", "APPROX_TOLERANCE"]
