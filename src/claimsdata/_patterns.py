"""Helpers that turn word lists into regular expressions (no vocabulary of their own); used by the units
vocabulary and the extractor alike."""

from __future__ import annotations

import re

def alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first (so 'square miles' wins over 'miles')."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, written as a trie so that the engine fails fast at the first letter.

    Equivalent to ``alternation(words)`` but much faster to scan with for long word lists.
    """
    trie: dict[str, dict] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


#: words that may start or signal a quantity or a date claim; a sentence without any (and without a digit or a
#: currency sign) cannot hold a claim and is skipped


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character's offset kept (the few characters whose lower case is longer,
    such as 'İ', stay as they are), so that the lower-cased scan finds the same places in any text."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)
