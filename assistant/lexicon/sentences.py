"""Sentence splitting for Chinese policy prose: one splitter for quotes, passages and measures."""

from __future__ import annotations

import re

#: Punctuation that ends a sentence (or a list element ended by ；).
SENTENCE_END = "。；;！!？?"
_AFTER_END = re.compile(rf"(?<=[{SENTENCE_END}])")
_AFTER_END_OR_LINE = re.compile(rf"(?<=[{SENTENCE_END}\n])")


def split_sentences(text: str) -> list[str]:
    """Sentences, stripped, punctuation kept; empty pieces dropped."""
    return [s.strip() for s in _AFTER_END.split(text) if s.strip()]


def sentence_pieces(text: str) -> list[str]:
    """Sentences and lines, unstripped, so joining them gives `text` back (for chunking)."""
    return [piece for piece in _AFTER_END_OR_LINE.split(text) if piece]
