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


#: markup left in wire copy: a link around a ticker ('<A HREF="...">S.N</A>') or any other tag
MARKUP = re.compile(r"<[Aa]\s[^<>]{0,300}>[^<>]{0,20}</[Aa]>|</?[A-Za-z][^<>]{0,300}>")  # (not "5 < 7")


def without_markup(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each piece of markup (and the ticker a link holds) cut to one space, and the cuts: (offset in
    the new text after which the shift applies, characters removed before it) for :func:`original_offset`."""
    if "<" not in text:
        return text, []
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    last = removed = size = 0
    for m in MARKUP.finditer(text):
        parts += [text[last : m.start()], " "]
        size += m.start() - last + 1
        removed += m.end() - m.start() - 1
        cuts.append((size, removed))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts), cuts


def original_offset(pos: int, cuts: list[tuple[int, int]]) -> int:
    """The offset in the original text of offset ``pos`` of :func:`without_markup`'s text."""
    shift = 0
    for after, removed in cuts:
        if pos < after:
            break
        shift = removed
    return pos + shift


#: straight and curly double quotation marks as spaces (the same length, so offsets keep their place)
QUOTES_AS_SPACES = str.maketrans({'"': " ", "“": " ", "”": " "})


def lower_same_length(text: str) -> str:
    """``text.lower()`` with every character's offset kept (the few characters whose lower case is longer,
    such as 'İ', stay as they are), so that the lower-cased scan finds the same places in any text."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)
