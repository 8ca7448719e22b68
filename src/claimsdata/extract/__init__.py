"""Quantity and claim extraction from English news text (see :func:`extract_quantities`, :func:`extract_claims`)."""

from ._engine import (
    APPROX_TOLERANCE,
    MAX_EVIDENCE,
    MAX_SENTENCE,
    extract_claims,
    extract_quantities,
    reset_stats,
    split_sentences,
    stats,
)

__all__ = ["extract_claims", "extract_quantities", "split_sentences", "stats", "reset_stats", "APPROX_TOLERANCE",
           "MAX_SENTENCE", "MAX_EVIDENCE"]
