"""Quantity and claim extraction from English news text.

Layers, each in its own module: ``_sentences`` (where sentences are, which can hold a quantity),
``_numbers`` (number words, digits), ``claimsdata.units`` (units and currencies), ``_vetoes`` (what is not a
quantity), ``_quantities`` (the quantity grammar: :func:`extract_quantities`), ``_attribution`` and ``_dates``
(who said it, when), ``_claims`` (claims: :func:`extract_claims`). See docs/architecture.md.
"""

from ..models import APPROX_TOLERANCE
from ._claims import MAX_EVIDENCE, extract_claims, extract_quantities, reset_stats, stats
from ._sentences import MAX_SENTENCE, split_sentences

__all__ = ["extract_claims", "extract_quantities", "split_sentences", "stats", "reset_stats", "APPROX_TOLERANCE",
           "MAX_SENTENCE", "MAX_EVIDENCE"]
